import type { Delegation } from '@yuanwu/contracts';
import type { DelegationRow } from './delegations.repository.ts';

/** A delegation as the API shows it. */
export function presentDelegation(
  row: DelegationRow,
  now: Date,
  nameOf: (personId: string) => string | null,
): Delegation {
  const active =
    row.ended_at === null &&
    row.starts_at.getTime() <= now.getTime() &&
    (row.ends_at === null || now.getTime() < row.ends_at.getTime());
  return {
    id: row.id,
    delegatorId: row.delegator_id,
    delegateId: row.delegate_id,
    delegateName: nameOf(row.delegate_id),
    processKeys: row.process_keys,
    from: row.starts_at.toISOString(),
    until: row.ends_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    active,
  };
}
