import dayjs from 'dayjs';
import type { Delegation } from '../api/types.ts';
import { rememberedName } from '../hooks/personNames.ts';
import { delegationMessages as m } from '../messages.ts';

/** The delegate's name as best known: the server's, else one remembered from the picker. */
export function delegateLabel(delegation: Delegation): string {
  return delegation.delegateName ?? rememberedName(delegation.delegateId) ?? m.someColleague;
}

/** Which processes, named where the catalogue knows them. */
export function processesLabel(delegation: Delegation, names: Map<string, string>): string {
  if (!delegation.processKeys || delegation.processKeys.length === 0) return m.allProcesses;
  return delegation.processKeys.map((key) => names.get(key) ?? key).join(m.listSeparator);
}

export function timeLabel(at: string | null, fallback: string): string {
  return at ? dayjs(at).format('YYYY-MM-DD HH:mm') : fallback;
}

export type DelegationState = 'active' | 'pending' | 'ended' | 'revoked';

export function stateOf(delegation: Delegation): DelegationState {
  if (delegation.revokedAt) return 'revoked';
  if (delegation.active) return 'active';
  if (delegation.endedAt || (delegation.until && dayjs(delegation.until).isBefore(dayjs()))) {
    return 'ended';
  }
  return 'pending';
}

export const stateColours: Record<DelegationState, string> = {
  active: 'success',
  pending: 'processing',
  ended: 'default',
  revoked: 'default',
};
