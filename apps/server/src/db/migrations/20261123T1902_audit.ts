import { sql, type Kysely } from 'kysely';

/**
 * The audit log: append-only and chained with HMAC-SM3. A trigger refuses
 * UPDATE, DELETE and TRUNCATE for every role, and the application role is
 * granted only SELECT and INSERT on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      at timestamptz NOT NULL,
      actor_account_id uuid,
      actor_username text NOT NULL DEFAULT '',
      actor_name text NOT NULL DEFAULT '',
      ip text NOT NULL DEFAULT '',
      user_agent text NOT NULL DEFAULT '',
      request_id text NOT NULL DEFAULT '',
      action text NOT NULL,
      target_type text,
      target_id text,
      result text NOT NULL CHECK (result IN ('success', 'failure')),
      error_code text,
      summary jsonb NOT NULL DEFAULT '{}',
      prev_mac text NOT NULL,
      mac text NOT NULL
    );
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_actor ON audit_log (actor_account_id, at);
    CREATE INDEX audit_log_action ON audit_log (action, at);
    CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanwu_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM yuanwu_app;
      END IF;
    END;
    $$;
  `.execute(db);
}
