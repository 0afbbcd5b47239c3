import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../http/context.ts';
import type { AuditActor } from '../../platform/audit.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { forgetIdempotencyKeys } from './idempotency.service.ts';
import { sweepStep } from './timers.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

const systemActor: AuditActor = {
  accountId: null,
  username: 'system',
  name: '系统',
  ip: '',
  userAgent: 'workflow-sweeper',
  requestId: 'workflow-sweeper',
};

// A runaway definition must not keep one sweep busy for ever; the next sweep continues.
const maxStepsPerSweep = 10_000;
const hourMs = 3_600_000;

/** Fires due timers and ends expired delegations: periodically, and on demand in test mode. */
export interface WorkflowSweeper {
  /** Handles everything due by now (the clock's now when called); returns how many events. */
  sweepNow(options?: { wait?: boolean }): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The sweep (docs/decisions/0001-workflow-timers.md): every `intervalMs`, one
 * event per transaction, each under its instance's row lock, skipping rows
 * another server holds; sweeps of one process never overlap.
 */
export function createSweeper(
  deps: AppDeps,
  runtime: WorkflowRuntime,
  options: { intervalMs?: number } = {},
): WorkflowSweeper {
  const intervalMs = options.intervalMs ?? 5_000;
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let lastPrune = 0;

  async function sweep(wait: boolean): Promise<number> {
    const now = deps.clock.now();
    let events = 0;
    while (events < maxStepsPerSweep) {
      const step = await inTransaction(deps.db, (trx) => {
        const ctx: ServiceContext = {
          trx,
          actor: null,
          now,
          audit: (event) => deps.audit.record(trx, systemActor, event),
        };
        return sweepStep(ctx, runtime, now, wait);
      });
      if (step.done) break;
      runtime.notifications.dispatch(step.notifications);
      events += 1;
    }
    if (now.getTime() - lastPrune > hourMs) {
      lastPrune = now.getTime();
      await forgetIdempotencyKeys(deps.db, now);
    }
    return events;
  }

  function serialised(wait: boolean): Promise<number> {
    const run = chain.then(() => sweep(wait));
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    sweepNow: (opts = {}) => serialised(opts.wait ?? true),
    start() {
      if (timer) return;
      timer = setInterval(() => {
        serialised(false).catch((error: unknown) => {
          deps.log.error({ err: error }, 'workflow sweep failed');
        });
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await chain;
    },
  };
}
