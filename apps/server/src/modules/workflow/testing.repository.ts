import type { Executor } from '../../db/database.ts';

/*
 * TEST_MODE only: writes a conformance scenario's organisation and accounts
 * straight into the org and identity tables, as a fixture loader would. No
 * production code path reaches these functions (the routes that call them are
 * registered only in test mode).
 */

export async function insertDepartment(
  db: Executor,
  row: { id: string; code: string; name: string; parentId: string | null; path: string; now: Date },
): Promise<void> {
  await db
    .insertInto('department')
    .values({
      id: row.id,
      code: row.code,
      name: row.name,
      parent_id: row.parentId,
      campus_id: null,
      head_person_id: null,
      path: row.path,
      created_at: row.now,
      updated_at: row.now,
      deleted_at: null,
    })
    .execute();
}

export async function setDepartmentHead(db: Executor, id: string, headId: string): Promise<void> {
  await db.updateTable('department').set({ head_person_id: headId }).where('id', '=', id).execute();
}

export async function insertPerson(
  db: Executor,
  row: {
    id: string;
    employeeNo: string;
    name: string;
    departmentId: string;
    sort: number;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('person')
    .values({
      id: row.id,
      employee_no: row.employeeNo,
      name: row.name,
      phone: null,
      email: null,
      department_id: row.departmentId,
      position_id: null,
      superior_id: null,
      sort: row.sort,
      created_at: row.now,
      updated_at: row.now,
      deleted_at: null,
    })
    .execute();
  await db
    .insertInto('person_department')
    .values({ person_id: row.id, department_id: row.departmentId, is_primary: true })
    .execute();
}

export async function setSuperior(db: Executor, id: string, superiorId: string): Promise<void> {
  await db.updateTable('person').set({ superior_id: superiorId }).where('id', '=', id).execute();
}

export async function insertRole(
  db: Executor,
  row: { id: string; code: string; name: string; now: Date },
): Promise<void> {
  await db
    .insertInto('role')
    .values({
      id: row.id,
      code: row.code,
      name: row.name,
      group_id: null,
      created_at: row.now,
      updated_at: row.now,
      deleted_at: null,
    })
    .execute();
}

export async function insertRoleMember(db: Executor, roleId: string, personId: string) {
  await db
    .insertInto('role_member')
    .values({ role_id: roleId, person_id: personId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function grantToRole(db: Executor, roleId: string, permissions: readonly string[]) {
  await db
    .insertInto('role_permission')
    .values(
      permissions.map((permission) => ({ role_id: roleId, permission, scope: 'all' as const })),
    )
    .execute();
}

export async function insertAccount(
  db: Executor,
  row: {
    id: string;
    username: string;
    displayName: string;
    personId: string;
    passwordHash: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('account')
    .values({
      id: row.id,
      username: row.username,
      display_name: row.displayName,
      person_id: row.personId,
      admin_kind: null,
      password_hash: row.passwordHash,
      password_changed_at: row.now,
      must_change_password: false,
      first_failed_at: null,
      locked_until: null,
      last_login_at: null,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}
