import type { Executor } from '../../db/database.ts';

/*
 * What the workflow directory needs beyond org's `organisationSnapshot`: the
 * organisation's change counter (our table, bumped by triggers) and, read-only
 * from the identity tables, which person stands behind the system
 * administrator. Nothing here ever writes.
 */

/** The organisation's change counter (bumped by triggers on every org write). */
export async function orgVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('workflow_org_version')
    .select('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/**
 * The person who receives `ifEmpty: admin` tasks and failed-timer notices: the
 * person linked to the oldest active system administrator account, if any.
 */
export async function workflowAdminPerson(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('account')
    .select('person_id')
    .where('admin_kind', '=', 'system')
    .where('status', '=', 'active')
    .where('person_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return row?.person_id ?? null;
}
