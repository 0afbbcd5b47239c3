import { sql, type Kysely } from 'kysely';

/**
 * Outbox of notifications for e-mail, SMS and WeCom. A trigger adds one row
 * per in-app notification in the same transaction, so nothing is lost when a
 * server stops right after a commit; every server's sweeper claims due rows
 * with SKIP LOCKED (one delivery however many servers run), remembers which
 * channels are done and retries the others with growing pauses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notify_outbox (
      notification_id uuid PRIMARY KEY REFERENCES workflow_notification (id),
      recipient_id uuid NOT NULL,
      done_channels text[] NOT NULL DEFAULT '{}',
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      sent_at timestamptz,
      failed_at timestamptz,
      last_error text
    );
    CREATE INDEX notify_outbox_due ON notify_outbox (next_attempt_at)
      WHERE sent_at IS NULL AND failed_at IS NULL;

    CREATE FUNCTION notify_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO notify_outbox (notification_id, recipient_id, next_attempt_at, created_at)
      VALUES (NEW.id, NEW.recipient_id, NEW.created_at, NEW.created_at)
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;

    CREATE TRIGGER notify_outbox_enqueue AFTER INSERT ON workflow_notification
      FOR EACH ROW EXECUTE FUNCTION notify_outbox_enqueue();
  `.execute(db);
}
