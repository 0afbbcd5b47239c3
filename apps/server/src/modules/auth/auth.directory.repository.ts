import type { DataScope } from '@yuanwu/kernel';
import type { Expression } from 'kysely';
import type { Executor } from '../../db/database.ts';

/*
 * A read-only view of the organisation's data (people, departments,
 * positions, role memberships) that identity needs. It reads org's tables
 * directly because the org module is being written in parallel; it will be
 * replaced by org's public API. Nothing here ever writes.
 */

/** Who an account's person is, for CurrentUser and `Me`. */
export interface PersonProfile {
  id: string;
  employeeNo: string;
  name: string;
  status: 'active' | 'disabled';
  departmentId: string;
  departmentName: string;
  campusId: string | null;
  positionName: string | null;
}

/** The person's profile row (one at most), by id or by a correlated column. */
export function personProfileQuery(db: Executor, personId: string | Expression<string | null>) {
  return db
    .selectFrom('person')
    .innerJoin('department', 'department.id', 'person.department_id')
    .leftJoin('position', 'position.id', 'person.position_id')
    .select([
      'person.id',
      'person.employee_no',
      'person.name',
      'person.status',
      'person.department_id',
      'department.name as department_name',
      'department.campus_id',
      'position.name as position_name',
    ])
    .where('person.id', '=', personId)
    .where('person.deleted_at', 'is', null);
}

/** The person (not deleted) with department, campus and position, or undefined. */
export async function findPersonProfile(
  db: Executor,
  personId: string,
): Promise<PersonProfile | undefined> {
  const row = await personProfileQuery(db, personId).executeTakeFirst();
  return row ? profileFromRow(row) : undefined;
}

/** The profile's row as the query selects it (also read as JSON by the session lookup). */
export interface PersonProfileRow {
  id: string;
  employee_no: string;
  name: string;
  status: 'active' | 'disabled';
  department_id: string;
  department_name: string;
  campus_id: string | null;
  position_name: string | null;
}

export function profileFromRow(row: PersonProfileRow): PersonProfile {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    status: row.status,
    departmentId: row.department_id,
    departmentName: row.department_name,
    campusId: row.campus_id,
    positionName: row.position_name,
  };
}

/** The code of the built-in role every person holds without being a member (员工). */
export const everyoneRoleCode = 'staff';

/**
 * Every right the person's live roles grant, plus those of the built-in
 * everyone role, one row per role and right (the caller keeps the widest scope).
 */
export async function findRoleGrantsOfPerson(
  db: Executor,
  personId: string,
): Promise<{ permission: string; scope: DataScope }[]> {
  return roleGrantsQuery(db, personId).execute();
}

/** The grants of `findRoleGrantsOfPerson`, by id or by a correlated column. */
export function roleGrantsQuery(db: Executor, personId: string | Expression<string | null>) {
  return db
    .selectFrom('role_permission')
    .innerJoin('role', 'role.id', 'role_permission.role_id')
    .select(['role_permission.permission', 'role_permission.scope'])
    .where('role.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('role.code', '=', everyoneRoleCode), eb('role.builtin', '=', true)]),
        eb(
          'role.id',
          'in',
          eb
            .selectFrom('role_member')
            .select('role_member.role_id')
            .where('person_id', '=', personId),
        ),
      ]),
    );
}

/** True when a live role has this id. */
export async function roleExists(db: Executor, roleId: string): Promise<boolean> {
  const row = await db
    .selectFrom('role')
    .select('id')
    .where('id', '=', roleId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Department names of people, by person id (for the account list). */
export async function departmentNamesOfPeople(
  db: Executor,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('person')
    .innerJoin('department', 'department.id', 'person.department_id')
    .select(['person.id', 'department.name'])
    .where('person.id', 'in', personIds)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Live people who have no account yet (for seeding). */
export async function peopleWithoutAccount(
  db: Executor,
): Promise<{ id: string; employeeNo: string; name: string; status: 'active' | 'disabled' }[]> {
  const rows = await db
    .selectFrom('person')
    .select(['person.id', 'person.employee_no', 'person.name', 'person.status'])
    .where('person.deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('account')
            .select('account.id')
            .whereRef('account.person_id', '=', 'person.id'),
        ),
      ),
    )
    .orderBy('person.employee_no')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    status: row.status,
  }));
}
