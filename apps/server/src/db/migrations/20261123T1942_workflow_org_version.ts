import { sql, type Kysely } from 'kysely';

/**
 * A counter that every committed change to the organisation tables the
 * workflow engine reads (people, departments, roles, role members) bumps, so
 * the workflow module can cache its directory snapshot and notice a change
 * with one cheap query. Statement-level triggers: an import of a thousand
 * people bumps it once per statement, not per row. The counter is
 * transactional, so a reader never sees a version whose data is not visible.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workflow_org_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL
    );
    INSERT INTO workflow_org_version (id, version) VALUES (true, 1);

    CREATE FUNCTION workflow_bump_org_version() RETURNS trigger
      LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE workflow_org_version SET version = version + 1 WHERE id;
      RETURN NULL;
    END;
    $$;

    CREATE TRIGGER workflow_org_version_person AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON person FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
    CREATE TRIGGER workflow_org_version_department AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON department FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
    CREATE TRIGGER workflow_org_version_role AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON role FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
    CREATE TRIGGER workflow_org_version_role_member AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON role_member FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
    CREATE TRIGGER workflow_org_version_account AFTER INSERT OR UPDATE OF person_id, admin_kind, status OR DELETE
      ON account FOR EACH STATEMENT EXECUTE FUNCTION workflow_bump_org_version();
  `.execute(db);
}
