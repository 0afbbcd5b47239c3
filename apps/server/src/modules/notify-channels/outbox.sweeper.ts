import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { NotificationChannel } from './channel.types.ts';
import { claimDue, recordAttempt, type DueDelivery } from './outbox.repository.ts';

/** After this many attempts a delivery is given up (failed_at, last_error kept). */
const maxAttempts = 8;
const batchSize = 20;

/** 1 min, 2 min, 4 min … at most an hour between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

interface SweeperDeps {
  db: Db;
  clock: { now(): Date };
  log: { warn(details: object, message: string): void };
}

/**
 * Delivers due outbox rows through every configured channel. Rows are claimed
 * with SKIP LOCKED inside one transaction, so two servers never send the same
 * notification; a channel that succeeded is remembered and not asked again.
 */
export function createOutboxSweeper(
  deps: SweeperDeps,
  channels: readonly NotificationChannel[],
  intervalMs = 5_000,
) {
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let running: Promise<unknown> | null = null;

  const deliverOne = async (row: DueDelivery) => {
    const done = new Set(row.doneChannels);
    const errors: string[] = [];
    for (const channel of channels) {
      if (done.has(channel.name)) continue;
      try {
        await channel.deliver({
          id: row.notificationId,
          recipientId: row.recipientId,
          kind: row.kind,
          instanceId: row.instanceId,
          instanceTitle: row.instanceTitle,
          taskId: row.taskId,
          createdAt: row.createdAt,
        });
        done.add(channel.name);
      } catch (error) {
        errors.push(`${channel.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { done: [...done], error: errors.length > 0 ? errors.join('; ').slice(0, 1000) : null };
  };

  const sweepOnce = (): Promise<number> =>
    inTransaction(deps.db, async (trx) => {
      const now = deps.clock.now();
      const due = await claimDue(trx, now, batchSize);
      for (const row of due) {
        const outcome = await deliverOne(row);
        const attempts = row.attempts + 1;
        const finished = outcome.error === null;
        const gaveUp = !finished && attempts >= maxAttempts;
        if (outcome.error)
          deps.log.warn(
            { id: row.notificationId, error: outcome.error },
            'notification delivery failed',
          );
        await recordAttempt(trx, row.notificationId, {
          doneChannels: outcome.done,
          finished,
          gaveUp,
          retryAt: new Date(now.getTime() + retryDelayMs(attempts)),
          error: outcome.error,
          now,
        });
      }
      return due.length;
    });

  // A full batch means more are due: sweep on at once, or delivery would fall behind any
  // hospital that notifies more than a batch per interval (20 per 5 s was 4 a second).
  const sweepDue = async (): Promise<number> => {
    let swept = 0;
    for (;;) {
      const batch = await sweepOnce();
      swept += batch;
      if (batch < batchSize || stopping) return swept;
    }
  };

  const tick = () => {
    if (running) return;
    running = sweepDue()
      .catch((error: unknown) => deps.log.warn({ err: error }, 'notification outbox sweep failed'))
      .finally(() => {
        running = null;
      });
  };

  return {
    sweepOnce,
    /** Sweeps batch after batch until fewer than a batch were due (what each tick does). */
    sweepDue,
    start() {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      // A drain under way ends after its current batch.
      stopping = true;
      await running;
      stopping = false;
    },
  };
}

export type OutboxSweeper = ReturnType<typeof createOutboxSweeper>;
