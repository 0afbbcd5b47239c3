import type { DelegationLookup } from '@yuanwu/workflow-engine';
import type { DelegationRow } from './delegations.repository.ts';

/**
 * The engine's DelegationLookup over the live delegations loaded for one
 * command: active from `starts_at` (inclusive) until `ends_at` (exclusive), and
 * only for the listed processes when it names any.
 */
export function delegationLookup(rows: readonly DelegationRow[]): DelegationLookup {
  const byDelegator = new Map(rows.map((row) => [row.delegator_id, row]));
  return {
    activeDelegation(personId, processKey, at) {
      const row = byDelegator.get(personId);
      if (!row) return null;
      if (at.getTime() < row.starts_at.getTime()) return null;
      if (row.ends_at !== null && at.getTime() >= row.ends_at.getTime()) return null;
      if (row.process_keys !== null && row.process_keys.length > 0) {
        if (!row.process_keys.includes(processKey)) return null;
      }
      return { id: row.id, to: row.delegate_id };
    },
  };
}
