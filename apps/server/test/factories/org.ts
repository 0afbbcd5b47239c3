import { newId, type DataScope } from '@yuanwu/kernel';
import type { Executor } from '../../src/db/database.ts';
import type { DepartmentKind } from '../../src/db/tables/organisation.ts';
import {
  departmentNameReadings,
  personNameReadings,
  type Gender,
  type PersonStatus,
} from '../../src/modules/org/index.ts';
import type { TestApp } from '../app.ts';
import type { TestClient } from '../client.ts';
import { createAccount } from './accounts.ts';

let counter = 0;
/** A short token unique within the test run (codes and employee numbers). */
const unique = () => `${process.pid % 1000}${(++counter).toString().padStart(4, '0')}`;

/** A campus (院区), written directly. */
export async function buildCampus(
  db: Executor,
  options: { code?: string; name?: string; address?: string; sort?: number } = {},
) {
  const id = newId();
  const code = options.code ?? `CP${unique()}`;
  const name = options.name ?? `院区${code}`;
  await db
    .insertInto('campus')
    .values({
      id,
      code,
      name,
      address: options.address ?? '',
      sort: options.sort ?? 0,
      deleted_at: null,
    })
    .execute();
  return { id, code, name };
}

/** A department under `parentId` (or a root), with its path and pinyin, written directly. */
export async function buildDepartment(
  db: Executor,
  options: {
    code?: string;
    name?: string;
    parentId?: string | null;
    campusId?: string | null;
    kind?: DepartmentKind;
    headPersonId?: string | null;
    sort?: number;
  } = {},
) {
  const id = newId();
  const code = options.code ?? `D${unique()}`;
  const name = options.name ?? `科室${code}`;
  const parent = options.parentId
    ? await db
        .selectFrom('department')
        .select(['path', 'campus_id'])
        .where('id', '=', options.parentId)
        .executeTakeFirstOrThrow()
    : null;
  const readings = departmentNameReadings(name);
  const path = `${parent?.path ?? '/'}${id}/`;
  const campusId = options.campusId ?? parent?.campus_id ?? null;
  await db
    .insertInto('department')
    .values({
      id,
      code,
      name,
      parent_id: options.parentId ?? null,
      campus_id: campusId,
      kind: options.kind ?? 'clinical',
      head_person_id: options.headPersonId ?? null,
      path,
      sort: options.sort ?? 0,
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      deleted_at: null,
    })
    .execute();
  return { id, code, name, path, campusId };
}

/** A person with pinyin readings and memberships; a department is made if none is given. */
export async function buildPerson(
  db: Executor,
  options: {
    employeeNo?: string;
    name?: string;
    gender?: Gender;
    phone?: string | null;
    email?: string | null;
    departmentId?: string;
    extraDepartmentIds?: string[];
    positionId?: string | null;
    superiorId?: string | null;
    status?: PersonStatus;
  } = {},
) {
  const id = newId();
  const employeeNo = options.employeeNo ?? `9${unique()}`;
  const name = options.name ?? '测试人员';
  const departmentId = options.departmentId ?? (await buildDepartment(db)).id;
  const readings = personNameReadings(name);
  await db
    .insertInto('person')
    .values({
      id,
      employee_no: employeeNo,
      name,
      gender: options.gender ?? 'unknown',
      phone: options.phone ?? null,
      email: options.email ?? null,
      department_id: departmentId,
      position_id: options.positionId ?? null,
      superior_id: options.superiorId ?? null,
      status: options.status ?? 'active',
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      deleted_at: null,
    })
    .execute();
  await db
    .insertInto('person_department')
    .values([
      { person_id: id, department_id: departmentId, is_primary: true },
      ...(options.extraDepartmentIds ?? []).map((d) => ({
        person_id: id,
        department_id: d,
        is_primary: false,
      })),
    ])
    .execute();
  return { id, employeeNo, name, departmentId };
}

/** A role with members and (optionally) rights with data scopes, written directly. */
export async function buildRole(
  db: Executor,
  options: {
    code?: string;
    name?: string;
    groupId?: string | null;
    members?: string[];
    grants?: { permission: string; scope: DataScope }[];
  } = {},
) {
  const id = newId();
  const code = options.code ?? `role_${unique()}`;
  const name = options.name ?? `角色${code}`;
  await db
    .insertInto('role')
    .values({ id, code, name, group_id: options.groupId ?? null, deleted_at: null })
    .execute();
  if (options.members?.length) {
    await db
      .insertInto('role_member')
      .values(options.members.map((personId) => ({ role_id: id, person_id: personId })))
      .execute();
  }
  if (options.grants?.length) {
    await db
      .insertInto('role_permission')
      .values(options.grants.map((g) => ({ role_id: id, ...g })))
      .execute();
  }
  return { id, code, name };
}

const password = 'Org-Test#2026';

/** Signs in a new client as the system administrator (all org rights at scope all). */
export async function signInAsSystemAdmin(t: TestApp): Promise<TestClient> {
  const username = `sys${unique()}`;
  await createAccount(t.ownerDb, { username, password, adminKind: 'system' });
  const client = t.client();
  const response = await client.login(username, password);
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return client;
}

/** Signs in a new client as the person, holding a fresh role with exactly these rights. */
export async function signInAsPerson(
  t: TestApp,
  personId: string,
  grants: { permission: string; scope: DataScope }[] = [],
): Promise<TestClient> {
  if (grants.length > 0) await buildRole(t.ownerDb, { members: [personId], grants });
  const username = `u${unique()}`;
  await createAccount(t.ownerDb, { username, password, personId });
  const client = t.client();
  const response = await client.login(username, password);
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return client;
}
