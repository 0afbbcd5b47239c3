import { sql, type Kysely } from 'kysely';

/**
 * Who administers workflows can also be granted by a role (`workflow.admin` on
 * role_permission, e.g. a 流程管理员 role), and the workflow directory reads it
 * to find the person behind `ifEmpty: admin`: role grants now bump the same
 * organisation change counter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TRIGGER workflow_org_version_role_permission
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON role_permission FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
  `.execute(db);
}
