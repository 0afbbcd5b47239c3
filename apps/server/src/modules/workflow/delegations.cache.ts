import type { Executor } from '../../db/database.ts';
import type { CacheFreshness } from './cache.freshness.ts';
import { liveDelegations, type DelegationRow } from './delegations.repository.ts';

/**
 * The live delegations, kept per server process while `freshness` vouches for them: every
 * workflow command consults them, and they change rarely. Whether one applies at a given
 * moment (its start and end) is decided when it is used (delegations.lookup.ts), so a kept
 * copy does not age.
 */
export function createDelegationsCache(freshness: CacheFreshness) {
  let cached: { rows: readonly DelegationRow[]; stamp: number | null } | null = null;
  return {
    async live(db: Executor): Promise<readonly DelegationRow[]> {
      if (cached && freshness.isCurrent('delegations', cached.stamp)) return cached.rows;
      const stamp = freshness.stamp('delegations');
      const rows = await liveDelegations(db);
      cached = { rows, stamp };
      return rows;
    },
    /** Drops the kept copy: a command found one of its delegations ended (a retry reads). */
    forget(): void {
      cached = null;
    },
  };
}

export type DelegationsCache = ReturnType<typeof createDelegationsCache>;
