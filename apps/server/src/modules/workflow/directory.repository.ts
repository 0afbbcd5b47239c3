import type { Executor } from '../../db/database.ts';

/*
 * Read-only SQL over the organisation's tables (people, departments, roles,
 * role members) and the administrators' accounts, for the workflow engine's
 * OrgDirectory port. The org module's public functions answer one person at a
 * time; the engine asks synchronously and often, so this loads the whole
 * directory in four queries and the snapshot answers from memory. Nothing here
 * ever writes.
 */

export interface DirectoryPersonRow {
  id: string;
  name: string;
  department_id: string;
  superior_id: string | null;
}

export interface DirectoryDepartmentRow {
  id: string;
  name: string;
  parent_id: string | null;
  head_person_id: string | null;
}

export interface DirectoryRoleMemberRow {
  code: string;
  person_id: string;
}

/** The organisation's change counter (bumped by triggers on every org write). */
export async function orgVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('workflow_org_version')
    .select('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Every active, live person in the organisation's order (sort, then name). */
export function activePeople(db: Executor): Promise<DirectoryPersonRow[]> {
  return db
    .selectFrom('person')
    .select(['id', 'name', 'department_id', 'superior_id'])
    .where('deleted_at', 'is', null)
    .where('status', '=', 'active')
    .orderBy('sort')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Every live department. */
export function liveDepartments(db: Executor): Promise<DirectoryDepartmentRow[]> {
  return db
    .selectFrom('department')
    .select(['id', 'name', 'parent_id', 'head_person_id'])
    .where('deleted_at', 'is', null)
    .execute();
}

/** Explicit members of live roles, by role code. */
export function roleMembers(db: Executor): Promise<DirectoryRoleMemberRow[]> {
  return db
    .selectFrom('role_member')
    .innerJoin('role', 'role.id', 'role_member.role_id')
    .select(['role.code', 'role_member.person_id'])
    .where('role.deleted_at', 'is', null)
    .execute();
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
