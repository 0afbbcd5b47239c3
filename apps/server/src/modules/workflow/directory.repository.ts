import type { Executor } from '../../db/database.ts';

/*
 * What the workflow directory needs beyond org's `organisationSnapshot`: the
 * organisation's change counter (our table, bumped by triggers) and, read-only
 * from role grants and accounts, which person administers workflows. Nothing
 * here ever writes.
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
 * first active member of a role that grants `workflow.admin` (流程管理员), else
 * the person linked to the oldest active system administrator account.
 */
export async function workflowAdminPerson(db: Executor): Promise<string | null> {
  const member = await db
    .selectFrom('role_member')
    .innerJoin('role', 'role.id', 'role_member.role_id')
    .innerJoin('role_permission', 'role_permission.role_id', 'role.id')
    .innerJoin('person', 'person.id', 'role_member.person_id')
    .select('person.id')
    .where('role_permission.permission', '=', 'workflow.admin')
    .where('role.deleted_at', 'is', null)
    .where('person.deleted_at', 'is', null)
    .where('person.status', '=', 'active')
    .orderBy('role_member.created_at')
    .orderBy('person.sort')
    .orderBy('person.id')
    .executeTakeFirst();
  if (member) return member.id;
  const account = await db
    .selectFrom('account')
    .select('person_id')
    .where('admin_kind', '=', 'system')
    .where('status', '=', 'active')
    .where('person_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return account?.person_id ?? null;
}
