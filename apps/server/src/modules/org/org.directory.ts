import type { Executor } from '../../db/database.ts';
import { departmentChain, findDepartment } from './departments.repository.ts';
import { hasHan } from './org.changes.ts';
import type { DepartmentKind, PersonProfile, PersonRef, RoleRef } from './org.types.ts';
import {
  extraDepartmentsOf,
  findPeopleByEmployeeNos,
  findPeopleRows,
  findPersonView,
  searchPeopleRows,
  type PersonPickRow,
  type PersonViewRow,
} from './people.repository.ts';
import { pinyinQuery } from './pinyin.ts';
import { roleHolderRows, roleRowsOfPerson } from './role-members.repository.ts';
import { findRoleByCode } from './roles.repository.ts';

/** A person as a picker lists them. */
export interface PersonPick {
  id: string;
  employeeNo: string;
  name: string;
  departmentName: string;
  positionName: string | null;
}

/** A department as other modules see it. */
export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  kind: DepartmentKind;
  parentId: string | null;
  campusId: string | null;
  path: string;
  headPersonId: string | null;
}

/** Maps a joined person row to the reference other modules keep. */
export function personRefOf(row: PersonViewRow): PersonRef {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    departmentId: row.department_id,
    departmentName: row.department_name,
  };
}

function profileOf(row: PersonViewRow, extraDepartmentIds: string[]): PersonProfile {
  return {
    ...personRefOf(row),
    gender: row.gender,
    phone: row.phone,
    email: row.email,
    status: row.status,
    departmentPath: row.department_path,
    campusId: row.campus_id,
    positionId: row.position_id,
    positionName: row.position_name,
    superiorId: row.superior_id,
    superiorName: row.superior_name,
    extraDepartmentIds,
  };
}

/** One live person with department, position, superior and extra departments. */
export async function getPersonProfile(
  db: Executor,
  personId: string,
): Promise<PersonProfile | null> {
  const row = await findPersonView(db, personId);
  if (!row) return null;
  const extras = await extraDepartmentsOf(db, [personId]);
  return profileOf(
    row,
    (extras.get(personId) ?? []).map((d) => d.id),
  );
}

/** The live person with this employee number (工号). */
export async function findPersonByEmployeeNo(
  db: Executor,
  employeeNo: string,
): Promise<PersonProfile | null> {
  const [row] = await findPeopleByEmployeeNos(db, [employeeNo]);
  return row ? getPersonProfile(db, row.id) : null;
}

/** The person's direct superior (直接上级), or null when none is set or they are not active. */
export async function superiorOf(db: Executor, personId: string): Promise<PersonRef | null> {
  const person = await findPersonView(db, personId);
  if (!person?.superior_id) return null;
  const superior = await findPersonView(db, person.superior_id);
  return superior?.status === 'active' ? personRefOf(superior) : null;
}

/**
 * The head of a department at a level: level 1 is the nearest head (the
 * department's own, or the first ancestor's that has one), level 2 the next
 * different head above, and so on. Inactive heads are skipped. Null when the
 * chain has no head at that level.
 */
export async function departmentHeadOf(
  db: Executor,
  departmentId: string,
  level = 1,
): Promise<PersonRef | null> {
  const department = await findDepartment(db, departmentId);
  if (!department || level < 1) return null;
  const chain = await departmentChain(db, department.path);
  const headIds = [...new Set(chain.map((d) => d.head_person_id).filter((id) => id !== null))];
  const active = new Set(
    (await findPeopleRows(db, headIds)).filter((p) => p.status === 'active').map((p) => p.id),
  );
  const headId = headIds.filter((id) => active.has(id))[level - 1];
  const head = headId ? await findPersonView(db, headId) : null;
  return head ? personRefOf(head) : null;
}

/**
 * Active holders of a role by code (every active person for 员工), optionally
 * only those belonging to a department (and, with `subtree`, below it).
 */
export async function roleHolders(
  db: Executor,
  roleCode: string,
  options: { departmentId?: string; subtree?: boolean } = {},
): Promise<PersonRef[]> {
  const role = await findRoleByCode(db, roleCode);
  if (!role) return [];
  let department: { id: string; subtreePath: string | null } | null = null;
  if (options.departmentId) {
    const row = await findDepartment(db, options.departmentId);
    if (!row) return [];
    department = { id: row.id, subtreePath: options.subtree ? row.path : null };
  }
  return (await roleHolderRows(db, role, department)).map(personRefOf);
}

/** The live roles a person holds, the built-in 员工 role included. */
export async function rolesOfPerson(db: Executor, personId: string): Promise<RoleRef[]> {
  const rows = await roleRowsOfPerson(db, personId);
  return rows.map((row) => ({ id: row.id, code: row.code, name: row.name }));
}

/**
 * People for pickers: employee number, name, full pinyin or initials by
 * prefix (exact employee number and exact name first); for Chinese text of
 * two or more characters, names containing it fill the rest.
 */
export async function searchPeople(
  db: Executor,
  q: string,
  options: { limit?: number; includeDisabled?: boolean } = {},
): Promise<PersonPick[]> {
  const text = q.trim();
  const limit = options.limit ?? 20;
  if (!text) return [];
  // A stored person id (a filled-in form's person field) names that person, even one who
  // has since left: that is how a read-only form shows who was chosen.
  const byId = uuidPattern.test(text) ? await findPersonView(db, text) : undefined;
  if (byId !== undefined) return byId === null ? [] : [toPick(byId)];
  const match = { text, pinyin: pinyinQuery(text), contains: false };
  const activeOnly = !options.includeDisabled;
  let rows = await searchPeopleRows(db, match, { limit, activeOnly });
  if (rows.length < limit && hasHan(text) && text.length >= 2) {
    const more = await searchPeopleRows(
      db,
      { ...match, contains: true },
      { limit: limit - rows.length, activeOnly, exclude: rows.map((r) => r.id) },
    );
    rows = [...rows, ...more];
  }
  return rows.map(toPick);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toPick(row: PersonPickRow): PersonPick {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    departmentName: row.department_name ?? '',
    positionName: row.position_name,
  };
}

/** One live department. */
export async function getDepartmentInfo(db: Executor, id: string): Promise<DepartmentInfo | null> {
  const row = await findDepartment(db, id);
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    campusId: row.campus_id,
    path: row.path,
    headPersonId: row.head_person_id,
  };
}
