import { sql, type Kysely } from 'kysely';

/**
 * Audit entries waiting to be chained. A business transaction appends its entry here
 * with a MAC over the entry alone (no lock), and one sealer at a time moves the waiting
 * entries, in order, into `audit_log`, chaining them. Before, every audited write held
 * the chain head lock until it committed, so all audited writes across every server
 * committed one at a time. Rows here are never changed: a trigger refuses UPDATE and
 * TRUNCATE; the application role may read, append and delete (what the sealer moved).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_pending (
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
      mac text NOT NULL
    );
    CREATE FUNCTION audit_pending_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_pending rows cannot be changed' USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending
      FOR EACH ROW EXECUTE FUNCTION audit_pending_is_immutable();
    CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON audit_pending
      FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_is_immutable();

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanwu_app') THEN
        REVOKE UPDATE, TRUNCATE ON audit_pending FROM yuanwu_app;
        GRANT SELECT, INSERT, DELETE ON audit_pending TO yuanwu_app;
      END IF;
    END;
    $$;
  `.execute(db);
}
