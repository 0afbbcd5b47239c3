import { sql, type Kysely } from 'kysely';

/**
 * Every server keeps the process catalogue in memory (modules/workflow/processes.cache.ts):
 * the live processes with their categories, current versions and rights, which the
 * catalogue, the start form and every start read and which change only when someone designs.
 * A change to any of those tables tells every server `processes` on the channel of the other
 * workflow caches (20261124T0510), after the commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TRIGGER workflow_caches_processes
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workflow_process
      FOR EACH STATEMENT EXECUTE FUNCTION workflow_caches_changed('processes');
    CREATE TRIGGER workflow_caches_categories
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workflow_category
      FOR EACH STATEMENT EXECUTE FUNCTION workflow_caches_changed('processes');
    CREATE TRIGGER workflow_caches_process_rights
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workflow_process_rights
      FOR EACH STATEMENT EXECUTE FUNCTION workflow_caches_changed('processes');
  `.execute(db);
}
