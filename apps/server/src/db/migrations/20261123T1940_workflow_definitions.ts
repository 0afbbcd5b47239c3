import { sql, type Kysely } from 'kysely';

/**
 * Process categories, processes and their deployed versions. A definition is
 * stored in the interchange format (conformance README, format 1); a new
 * version applies to new instances only, so versions are never changed.
 * Everyone may start processes: the built-in 员工 role gets `workflow.start`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workflow_category (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      colour text NOT NULL DEFAULT '#1677ff',
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX workflow_category_name_live ON workflow_category (name)
      WHERE deleted_at IS NULL;

    CREATE TABLE workflow_process (
      key text PRIMARY KEY,
      name text NOT NULL,
      category_id uuid REFERENCES workflow_category (id),
      current_version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );

    CREATE TABLE workflow_definition (
      id uuid PRIMARY KEY,
      process_key text NOT NULL REFERENCES workflow_process (key),
      version integer NOT NULL,
      definition jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid,
      UNIQUE (process_key, version)
    );

    INSERT INTO role_permission (role_id, permission, scope)
      SELECT id, 'workflow.start', 'self' FROM role WHERE code = 'staff' AND builtin
      ON CONFLICT DO NOTHING;
  `.execute(db);
}
