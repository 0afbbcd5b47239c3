import { sql, type Kysely } from 'kysely';

/**
 * 预算: each department's budget lines for a year (办公经费, 差旅费…), which
 * expense forms look up by code to show what is left. Money is numeric(14,2):
 * exact to the cent. Pinyin readings of the name make it searchable by 拼音.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE budget (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      department_id uuid REFERENCES department (id),
      year integer NOT NULL,
      total numeric(14, 2) NOT NULL CHECK (total >= 0),
      used numeric(14, 2) NOT NULL DEFAULT 0 CHECK (used >= 0),
      name_pinyin text NOT NULL DEFAULT '',
      name_initials text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX budget_code_live ON budget (code) WHERE deleted_at IS NULL;
    CREATE INDEX budget_department ON budget (department_id, year);
  `.execute(db);
}
