import { sql, type Kysely } from 'kysely';

/**
 * 工作台: widget layouts per role and per account, favourite processes and
 * 常用意见. Preferences belong to accounts (administrators have no person);
 * removing one sets deleted_at like every other record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workbench_role_layout (
      role_id uuid PRIMARY KEY REFERENCES role (id),
      layout jsonb NOT NULL,
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      deleted_at timestamptz
    );

    CREATE TABLE workbench_user_layout (
      account_id uuid PRIMARY KEY REFERENCES account (id),
      layout jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      deleted_at timestamptz
    );

    CREATE TABLE workbench_favourite (
      account_id uuid NOT NULL REFERENCES account (id),
      process_key text NOT NULL,
      created_at timestamptz NOT NULL,
      deleted_at timestamptz,
      PRIMARY KEY (account_id, process_key)
    );

    -- account_id NULL: a system phrase everyone sees.
    CREATE TABLE workbench_phrase (
      id uuid PRIMARY KEY,
      account_id uuid REFERENCES account (id),
      text text NOT NULL,
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      deleted_at timestamptz
    );
    CREATE INDEX workbench_phrase_account ON workbench_phrase (account_id, created_at)
      WHERE deleted_at IS NULL;

    INSERT INTO workbench_phrase (id, account_id, text, sort, created_at) VALUES
      (gen_random_uuid(), NULL, '同意', 1, now()),
      (gen_random_uuid(), NULL, '情况属实，同意', 2, now()),
      (gen_random_uuid(), NULL, '同意，请按规定办理', 3, now()),
      (gen_random_uuid(), NULL, '请补充材料', 4, now()),
      (gen_random_uuid(), NULL, '不同意', 5, now()),
      (gen_random_uuid(), NULL, '已阅', 6, now());
  `.execute(db);
}
