import type { DelegationLookup } from '../ports.ts';

/** A 授权代理 as the server would store it. */
export interface StoredDelegation {
  id: string;
  person: string;
  to: string;
  processKeys: string[] | null;
  from: string;
  until: string | null;
  ended: boolean;
}

/** Delegations held in memory, answering the engine's lookup (`until` exclusive). */
export function delegationLookup(delegations: () => StoredDelegation[]): DelegationLookup {
  return {
    activeDelegation(person, processKey, at) {
      const found = delegations().find(
        (d) =>
          !d.ended &&
          d.person === person &&
          (d.processKeys === null || d.processKeys.includes(processKey)) &&
          Date.parse(d.from) <= at.getTime() &&
          (d.until === null || at.getTime() < Date.parse(d.until)),
      );
      return found ? { id: found.id, to: found.to } : null;
    },
  };
}
