import { sql } from 'kysely';
import { observeCommits } from './commits.ts';
import type { Db } from './database.ts';

interface PumpLog {
  warn(details: object, message: string): void;
}

/** A server's sender of queued notifications; `flush` sends what is queued now. */
export interface NotifyPump {
  flush(): Promise<void>;
  stop(): Promise<void>;
}

// Rows per statement: a bulk change (a whole department's tasks) queues many, and one
// transaction's notifications are held in memory until its commit.
const batchSize = 2_000;

/**
 * Sends the notifications that triggers queued in `deferred_notify` (migration
 * 20261124T0500 says why they are not sent inside the transaction). Each server runs one:
 * it pumps right after each of its own write transactions commits, and on a timer for
 * writes made elsewhere (other processes, psql) and for a pump that failed. Under load it
 * pumps at most once per `minGapMs`: the commits of that gap share one notifying
 * transaction, and PostgreSQL sends a batch's identical payloads once, oldest first (by the
 * index on `seq`, whatever the queue's size: migration 20261206T1700). Servers may pump at
 * the same time: a row is deleted, and so sent, by one of them.
 */
export function startNotifyPump(
  db: Db,
  log: PumpLog,
  options: { intervalMs?: number; minGapMs?: number } = {},
): NotifyPump {
  const { intervalMs = 250, minGapMs = 20 } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastStart = 0;
  let soon: NodeJS.Timeout | null = null;

  const sendBatch = async (): Promise<number> => {
    const { rows } = await sql<{ sent: number }>`
      WITH sent AS (
        DELETE FROM deferred_notify
        WHERE seq = ANY (ARRAY(SELECT seq FROM deferred_notify ORDER BY seq LIMIT ${batchSize}))
        RETURNING seq, channel, payload
      )
      SELECT count(*)::int AS sent
        FROM (SELECT pg_notify(channel, payload) FROM sent ORDER BY seq) AS notified
    `.execute(db);
    return rows[0]?.sent ?? 0;
  };

  const pump = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          lastStart = Date.now();
          while ((await sendBatch()) === batchSize && !stopped);
        } while (again && !stopped);
      } catch (error) {
        // The timer tries again; until then the queue waits.
        log.warn({ err: error }, 'queued notifications not sent');
      } finally {
        running = null;
      }
    })();
    return running;
  };

  // After a commit: at once when the last pump started long enough ago, else when it will
  // have (a pump still running then sends one more batch when done).
  const afterCommit = () => {
    if (stopped || soon) return;
    const wait = lastStart + minGapMs - Date.now();
    if (wait <= 0 && !running) {
      void pump();
      return;
    }
    soon = setTimeout(
      () => {
        soon = null;
        void pump();
      },
      Math.max(wait, 0),
    );
  };

  const stopObserving = observeCommits(db, afterCommit);
  const timer = setInterval(() => void pump(), intervalMs);
  timer.unref();
  return {
    flush: pump,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      stopObserving();
      await running;
    },
  };
}
