import { sql, type Kysely } from 'kysely';

/**
 * List totals from the indexes alone (modules/workflow/lists.*).
 *
 * A department head's 已办 total read up to 1,001 task rows and their 1,001 instance rows
 * (to skip deleted instances) on every page: under the benchmark's mix the largest single
 * cost of the database. Now the decisions index carries what the total filters on (closer,
 * state) and what it joins by (instance), the open-tasks index the instance, and deleted
 * instances (only discarded drafts, so very few) have an index of their own that the total
 * probes instead of reading every instance. Replaces workflow_task_done and
 * workflow_task_open (same keys and predicates, more columns).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX workflow_task_decided ON workflow_task (assignee_id, closed_at DESC)
      INCLUDE (closed_by, state, instance_id) WHERE closed_at IS NOT NULL;
    DROP INDEX workflow_task_done;
    CREATE INDEX workflow_task_open_items ON workflow_task (assignee_id, created_at DESC)
      INCLUDE (instance_id) WHERE state = 'open';
    DROP INDEX workflow_task_open;
    CREATE INDEX workflow_instance_deleted ON workflow_instance (id) WHERE deleted_at IS NOT NULL;
  `.execute(db);
}
