import { sql, type Kysely } from 'kysely';

/** Accounts, passwords, sessions, the login log and the security policy. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE account (
      id uuid PRIMARY KEY,
      username text NOT NULL,
      display_name text NOT NULL,
      person_id uuid UNIQUE REFERENCES person (id),
      -- One column, so no account can hold two of the three administrator roles (三员分立).
      admin_kind text CHECK (admin_kind IN ('system', 'security', 'audit')),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      must_change_password boolean NOT NULL DEFAULT true,
      failed_count integer NOT NULL DEFAULT 0,
      first_failed_at timestamptz,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX account_username ON account (lower(username));

    CREATE TABLE password_history (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account (id),
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX password_history_account ON password_history (account_id, created_at DESC);

    CREATE TABLE session (
      -- SHA-256 of the cookie token: a database reader cannot replay sessions.
      id text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account (id),
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      idle_timeout_seconds integer NOT NULL,
      expires_at timestamptz NOT NULL,
      ip text NOT NULL DEFAULT '',
      user_agent text NOT NULL DEFAULT '',
      ended_at timestamptz,
      end_reason text
    );
    CREATE INDEX session_account_open ON session (account_id) WHERE ended_at IS NULL;

    CREATE TABLE login_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL,
      account_id uuid REFERENCES account (id),
      username text NOT NULL,
      ip text NOT NULL DEFAULT '',
      user_agent text NOT NULL DEFAULT '',
      success boolean NOT NULL,
      reason text NOT NULL DEFAULT ''
    );
    CREATE INDEX login_log_username_at ON login_log (lower(username), at) WHERE NOT success;
    CREATE INDEX login_log_ip_at ON login_log (ip, at) WHERE NOT success;
    CREATE INDEX login_log_at ON login_log (at);
  `.execute(db);
}
