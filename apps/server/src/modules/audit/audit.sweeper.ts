import type { Db } from '../../db/database.ts';
import type { AuditRecorder } from '../../platform/audit.ts';
import { hasPending } from './audit.repository.ts';

/**
 * Chains entries that no request sealed: those of background jobs, and any left waiting
 * by a server that stopped between its commit and its seal. Every server runs one; the
 * chain lock makes them take turns.
 */
export function startAuditSealing(
  deps: { db: Db; audit: AuditRecorder; onError: (error: unknown) => void },
  intervalMs = 1_000,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      if (await hasPending(deps.db)) await deps.audit.seal();
    })().catch(deps.onError);
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
