import { sql, type Kysely } from 'kysely';

/**
 * Who may start a process (发起权限) and who may change it (管理权限). No row, or a
 * null scope, means the default: everyone with `workflow.start` may start it, and
 * everyone with `workflow.design` may change it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workflow_process_rights (
      process_key text PRIMARY KEY REFERENCES workflow_process (key),
      start_scope jsonb,
      manage_scope jsonb,
      updated_by uuid,
      updated_at timestamptz NOT NULL
    );
  `.execute(db);
}
