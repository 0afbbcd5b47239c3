import { sql, type Kysely } from 'kysely';

/**
 * Notifications from triggers are queued in the transaction and sent after its commit, in
 * batches, by each server's pump (db/notify-pump.ts), instead of by pg_notify inside it.
 *
 * Why: PostgreSQL takes one database-wide lock for a committing transaction that has
 * notifications and holds it through the commit's WAL flush, so every notifying commit
 * waited for the one before it; every workflow command notifies (live events, session
 * cache). Measured on the benchmark's data: the engine ran 52.8 instances/s with the
 * triggers and 67.4 without them (docs/benchmarks.md). The queue is UNLOGGED: its rows
 * write no WAL, so a pump's transaction, which touches only the queue, commits without
 * waiting for a flush while it holds that lock, and identical payloads of one batch are
 * sent once. A crash empties the queue; listeners treat a lost notification like a lost
 * connection (a refetch, a cache that stops trusting itself), as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNLOGGED TABLE deferred_notify (
      channel text NOT NULL,
      payload text NOT NULL
    );

    CREATE FUNCTION defer_notify(channel text, payload text) RETURNS void LANGUAGE sql AS $$
      INSERT INTO deferred_notify (channel, payload) VALUES (channel, payload)
    $$;

    CREATE OR REPLACE FUNCTION events_counts(person uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO deferred_notify (channel, payload)
      SELECT 'yuanwu_events', json_build_object('p', person, 't', 'counts')::text
      WHERE person IS NOT NULL
    $$;

    CREATE OR REPLACE FUNCTION events_notification_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM defer_notify('yuanwu_events', json_build_object(
        'p', NEW.recipient_id, 't', 'notification',
        'id', NEW.id, 'kind', NEW.kind, 'instanceId', NEW.instance_id)::text);
      PERFORM events_counts(NEW.recipient_id);
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION session_cache_session_ended() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM defer_notify('yuanwu_sessions', 's:' || OLD.id);
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION session_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM defer_notify('yuanwu_sessions', '*');
      RETURN NULL;
    END $$;
  `.execute(db);
}
