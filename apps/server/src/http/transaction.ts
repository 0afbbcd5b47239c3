import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../db/transaction.ts';
import type { ServiceContext } from '../platform/service-context.ts';
import { actorOf, type AppDeps } from './context.ts';

/**
 * Opens the request's transaction at the edge and hands the service a
 * context whose audit entries commit with the change. Only after the commit
 * is the request marked as audited; a rolled-back write gets the generic
 * failure entry from the audit hook instead.
 */
export async function inRequestTransaction<T>(
  request: FastifyRequest,
  deps: AppDeps,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  let recorded = false;
  const result = await inTransaction(deps.db, (trx) => {
    recorded = false;
    const ctx: ServiceContext = {
      trx,
      actor: request.user,
      now: deps.clock.now(),
      audit: async (event) => {
        await deps.audit.record(trx, actorOf(request), event);
        recorded = true;
      },
    };
    return work(ctx);
  });
  if (recorded) {
    request.auditRecorded = true;
    // The entry committed with the change; a failed seal is retried by the periodic one.
    await deps.audit
      .seal()
      .catch((error: unknown) => request.log.error({ err: error }, 'audit seal failed'));
  }
  return result;
}
