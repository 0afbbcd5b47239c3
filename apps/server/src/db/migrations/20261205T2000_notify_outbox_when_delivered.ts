import { sql, type Kysely } from 'kysely';

/**
 * The outbox (20261123T2215) is filled only where something delivers it. A server with no
 * e-mail, SMS or WeCom channel says so on each of its connections (`yuanwu.notify_outbox`
 * = `off`, db/database.ts), and its notifications skip the outbox: no row, no foreign-key
 * check, no sweep that marks it sent having sent nothing. Any other writer (another tool,
 * an older server, psql) still enqueues. Measured on the benchmark's approvals: the outbox
 * row was a third of a notification insert's cost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION notify_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('yuanwu.notify_outbox', true) = 'off' THEN
        RETURN NULL;
      END IF;
      INSERT INTO notify_outbox (notification_id, recipient_id, next_attempt_at, created_at)
      VALUES (NEW.id, NEW.recipient_id, NEW.created_at, NEW.created_at)
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
  `.execute(db);
}
