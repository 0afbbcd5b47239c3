import { sql, type Kysely } from 'kysely';

/**
 * Every server keeps the organisation and the live delegations in memory for workflow
 * commands (modules/workflow/cache.freshness.ts) and drops them when told, on the
 * `yuanwu_workflow_caches` channel, that they changed: `org` when the organisation's
 * change counter moves, `delegations` on any change to a delegation. Queued for after the
 * commit like every trigger notification (20261124T0500_deferred_notify).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION workflow_caches_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM defer_notify('yuanwu_workflow_caches', TG_ARGV[0]);
      RETURN NULL;
    END $$;

    CREATE TRIGGER workflow_caches_org AFTER UPDATE ON workflow_org_version
      FOR EACH STATEMENT EXECUTE FUNCTION workflow_caches_changed('org');
    CREATE TRIGGER workflow_caches_delegations
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workflow_delegation
      FOR EACH STATEMENT EXECUTE FUNCTION workflow_caches_changed('delegations');
  `.execute(db);
}
