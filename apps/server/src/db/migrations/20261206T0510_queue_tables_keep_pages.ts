import { sql, type Kysely } from 'kysely';

/**
 * The two queues every write passes through are emptied as fast as they fill, so each
 * autovacuum found empty pages at their end and truncated them. Truncating takes an ACCESS
 * EXCLUSIVE lock on the table, and every audited write (its `audit_pending` entry) or every
 * commit with events (`deferred_notify`) waited for it: seen as `Lock:relation` waits on
 * the benchmark's inserts while autovacuum ran on `audit_pending`. The pages stay and are
 * filled again instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_pending SET (vacuum_truncate = false);
    ALTER TABLE deferred_notify SET (vacuum_truncate = false);
  `.execute(db);
}
