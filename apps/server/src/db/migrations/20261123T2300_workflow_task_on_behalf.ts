import { sql, type Kysely } from 'kysely';

/** 代我办理: a delegator's list of what delegates decided for them, newest first. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX workflow_task_on_behalf ON workflow_task (on_behalf_of, closed_at DESC)
      WHERE on_behalf_of IS NOT NULL;
  `.execute(db);
}
