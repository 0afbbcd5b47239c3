import { sql, type Kysely } from 'kysely';

/**
 * The security policy as one row the security administrator edits (defaults
 * from SECURITY.md 1–5 and 9), and the default right of the built-in
 * everyone role (员工, created by the org catalogue migration before this one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE security_policy (
      -- A singleton: the key can only be true.
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      min_length integer NOT NULL DEFAULT 8 CHECK (min_length BETWEEN 6 AND 128),
      max_length integer NOT NULL DEFAULT 64 CHECK (max_length BETWEEN 8 AND 256),
      min_char_classes integer NOT NULL DEFAULT 3 CHECK (min_char_classes BETWEEN 1 AND 4),
      forbid_username boolean NOT NULL DEFAULT true,
      forbid_common boolean NOT NULL DEFAULT true,
      -- 0 means passwords never expire.
      expiry_days integer NOT NULL DEFAULT 90 CHECK (expiry_days BETWEEN 0 AND 3650),
      history_count integer NOT NULL DEFAULT 5 CHECK (history_count BETWEEN 0 AND 24),
      lockout_threshold integer NOT NULL DEFAULT 5 CHECK (lockout_threshold BETWEEN 1 AND 100),
      lockout_window_minutes integer NOT NULL DEFAULT 15 CHECK (lockout_window_minutes BETWEEN 1 AND 1440),
      lockout_minutes integer NOT NULL DEFAULT 30 CHECK (lockout_minutes BETWEEN 1 AND 1440),
      idle_minutes integer NOT NULL DEFAULT 30 CHECK (idle_minutes BETWEEN 1 AND 1440),
      admin_idle_minutes integer NOT NULL DEFAULT 15 CHECK (admin_idle_minutes BETWEEN 1 AND 1440),
      absolute_hours integer NOT NULL DEFAULT 12 CHECK (absolute_hours BETWEEN 1 AND 168),
      max_failures_per_hour integer NOT NULL DEFAULT 100 CHECK (max_failures_per_hour BETWEEN 1 AND 100000),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (min_length <= max_length)
    );
    INSERT INTO security_policy (id) VALUES (true);

    -- Everyone may start workflows; org's catalogue migration creates the role.
    INSERT INTO role_permission (role_id, permission, scope)
      SELECT id, 'workflow.start', 'all' FROM role WHERE code = 'staff' AND deleted_at IS NULL
      ON CONFLICT DO NOTHING;
  `.execute(db);
}
