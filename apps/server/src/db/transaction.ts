import type { Db, Trx } from './database.ts';

// Serialisation failure, deadlock, and a prepared plan gone stale under another server's
// migration (prepared.ts gives the text a new name, so the retry succeeds).
const retryableCodes = new Set(['40001', '40P01', '0A000']);
const maxAttempts = 4;

/**
 * Runs `work` in one transaction, opened at the edge. Serialisation failures
 * and deadlocks are retried up to 3 times (SECURITY.md 35), so `work` must
 * have no side effects outside the database.
 */
export async function inTransaction<T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt < maxAttempts && typeof code === 'string' && retryableCodes.has(code)) {
        continue;
      }
      throw error;
    }
  }
}
