import { sql, type Kysely } from 'kysely';

/**
 * The pump (db/notify-pump.ts) took its batch with `SELECT ctid … LIMIT`, a scan of the
 * queue's heap from its first page. The queue keeps its pages (20261206T0510), so every
 * pump read as many pages as the queue ever held at once, mostly empty: 441 pages after a
 * benchmark's bursts, 0.64 ms a pump, one pump per 20 ms of writes. Rows now get a number
 * in the order they were queued, and the pump takes the oldest by an index on it: its
 * reads follow the rows waiting, not the queue's largest size, and notifications go out
 * in the order they were queued. The table is UNLOGGED, and so are its index and sequence:
 * numbering a row writes no WAL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE deferred_notify ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
    CREATE INDEX deferred_notify_seq ON deferred_notify (seq);
  `.execute(db);
}
