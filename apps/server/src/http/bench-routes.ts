import { sql } from 'kysely';
import { inTransaction } from '../db/transaction.ts';
import type { ApiApp, AppDeps } from './context.ts';

/**
 * `npm run bench`'s yardstick, registered only with BENCH_ROUTES=true: the same HTTP
 * stack, session check and CSRF check as every write, then one small insert in its own
 * transaction and nothing else (no audit entry: it changes no business record). Its rate
 * is the ceiling an approval's heavier transaction is compared with.
 */
export function registerBenchRoutes(app: ApiApp, deps: AppDeps): void {
  app.post('/api/v1/bench/write', { config: { access: 'authenticated' } }, async (request) => {
    const accountId = request.user?.accountId ?? 'anonymous';
    await inTransaction(deps.db, (trx) =>
      sql`INSERT INTO bench_probe (account_id, at) VALUES (${accountId}, now())`.execute(trx),
    );
    request.auditRecorded = true;
    return { ok: true };
  });
}
