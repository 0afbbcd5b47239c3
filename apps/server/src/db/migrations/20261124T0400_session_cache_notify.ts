import { sql, type Kysely } from 'kysely';

/**
 * Session cache invalidation (modules/auth/session.listener.ts): every app server keeps
 * the session checks it read for a few seconds and drops them when told, on the
 * `yuanwu_sessions` channel, that something they hold changed. A session that ends names
 * itself (`s:<id>`); anything else (accounts, people, departments, roles and rights, the
 * security policy) says `*`, drop everything: those changes are rare. NOTIFY is delivered
 * on commit, and a transaction's identical payloads are sent once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION session_cache_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('yuanwu_sessions', 's:' || OLD.id);
      RETURN NULL;
    END $$;

    CREATE FUNCTION session_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('yuanwu_sessions', '*');
      RETURN NULL;
    END $$;

    CREATE TRIGGER session_cache_session_update
      AFTER UPDATE OF ended_at, expires_at, idle_timeout_seconds ON session
      FOR EACH ROW WHEN (
        OLD.ended_at IS NULL AND (
          NEW.ended_at IS NOT NULL
          OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
          OR NEW.idle_timeout_seconds IS DISTINCT FROM OLD.idle_timeout_seconds))
      EXECUTE FUNCTION session_cache_session_ended();
    CREATE TRIGGER session_cache_session_delete AFTER DELETE ON session
      FOR EACH ROW WHEN (OLD.ended_at IS NULL)
      EXECUTE FUNCTION session_cache_session_ended();

    -- Only the columns a session check reads: a login's own update (last_login_at,
    -- failure counts) tells nobody anything.
    CREATE TRIGGER session_cache_account_update AFTER UPDATE ON account
      FOR EACH ROW WHEN (
        (OLD.status, OLD.person_id, OLD.admin_kind, OLD.username, OLD.display_name,
         OLD.password_hash, OLD.password_changed_at, OLD.must_change_password)
        IS DISTINCT FROM
        (NEW.status, NEW.person_id, NEW.admin_kind, NEW.username, NEW.display_name,
         NEW.password_hash, NEW.password_changed_at, NEW.must_change_password))
      EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_account_delete AFTER DELETE ON account
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();

    -- A new person or department is in no one's check yet; a change or removal may be.
    CREATE TRIGGER session_cache_person AFTER UPDATE OR DELETE OR TRUNCATE ON person
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_department AFTER UPDATE OR DELETE OR TRUNCATE ON department
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_person_department
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_department
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_role AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_role_member
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_member
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_role_permission
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_permission
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
    CREATE TRIGGER session_cache_security_policy
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON security_policy
      FOR EACH STATEMENT EXECUTE FUNCTION session_cache_changed();
  `.execute(db);
}
