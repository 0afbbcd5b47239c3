import { sql, type Kysely } from 'kysely';

/**
 * 我发起的 in its own time order, and what the planner needs to know about closers.
 *
 * The started list filters `status <> 'draft'` and sorts by `created_at`; the
 * `(initiator_id, status, created_at)` index cannot give that order, so every page read
 * all of a person's instances and sorted them (92 ms for a person with 512 requests on
 * the million-row bench data). This index serves the page in order and stops after it.
 *
 * A task's closer is almost always its assignee, but the planner multiplied the two
 * equalities as independent and estimated 1,983 decisions where a head had 59,883;
 * functional-dependency statistics let it see they go together.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX workflow_instance_started ON workflow_instance (initiator_id, created_at DESC)
      WHERE status <> 'draft';
    CREATE STATISTICS workflow_task_closer (dependencies) ON assignee_id, closed_by
      FROM workflow_task;
    ANALYZE workflow_task;
  `.execute(db);
}
