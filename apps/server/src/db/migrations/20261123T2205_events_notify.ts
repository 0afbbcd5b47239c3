import { sql, type Kysely } from 'kysely';

/**
 * Live events: whatever changes a person's workflow counts or adds a
 * notification announces it on the `yuanwu_events` channel, from the
 * database itself, so every server (and every write path, timers included)
 * reaches every connected browser. NOTIFY is delivered on commit and a
 * transaction's identical payloads are sent once, so a bulk change costs one
 * message per person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION events_counts(person uuid) RETURNS void LANGUAGE sql AS $$
      SELECT pg_notify('yuanwu_events', json_build_object('p', person, 't', 'counts')::text)
      WHERE person IS NOT NULL
    $$;

    CREATE FUNCTION events_notification_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('yuanwu_events', json_build_object(
        'p', NEW.recipient_id, 't', 'notification',
        'id', NEW.id, 'kind', NEW.kind, 'instanceId', NEW.instance_id)::text);
      PERFORM events_counts(NEW.recipient_id);
      RETURN NULL;
    END $$;

    CREATE FUNCTION events_notification_read() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM events_counts(NEW.recipient_id);
      RETURN NULL;
    END $$;

    CREATE FUNCTION events_task_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM events_counts(NEW.assignee_id);
      PERFORM events_counts(NEW.on_behalf_of);
      IF TG_OP = 'UPDATE' AND OLD.assignee_id IS DISTINCT FROM NEW.assignee_id THEN
        PERFORM events_counts(OLD.assignee_id);
      END IF;
      RETURN NULL;
    END $$;

    CREATE FUNCTION events_cc_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM events_counts(NEW.person_id);
      RETURN NULL;
    END $$;

    CREATE FUNCTION events_instance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM events_counts(NEW.initiator_id);
      RETURN NULL;
    END $$;

    CREATE TRIGGER events_notification_insert AFTER INSERT ON workflow_notification
      FOR EACH ROW EXECUTE FUNCTION events_notification_inserted();
    CREATE TRIGGER events_notification_update AFTER UPDATE OF read_at ON workflow_notification
      FOR EACH ROW EXECUTE FUNCTION events_notification_read();
    CREATE TRIGGER events_task AFTER INSERT OR UPDATE ON workflow_task
      FOR EACH ROW EXECUTE FUNCTION events_task_changed();
    CREATE TRIGGER events_cc AFTER INSERT OR UPDATE ON workflow_cc
      FOR EACH ROW EXECUTE FUNCTION events_cc_changed();
    CREATE TRIGGER events_instance AFTER INSERT OR UPDATE OF status, deleted_at
      ON workflow_instance FOR EACH ROW EXECUTE FUNCTION events_instance_changed();
  `.execute(db);
}
