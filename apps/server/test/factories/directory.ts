import { newId } from '@yuanwu/kernel';
import type { Db } from '../../src/db/database.ts';

/**
 * The least organisation a person needs (campus, department, position),
 * written directly, for tests of modules that read people but do not own them.
 */
export async function createPerson(
  db: Db,
  options: {
    employeeNo: string;
    name: string;
    departmentName?: string;
    positionName?: string | null;
    status?: 'active' | 'disabled';
  },
): Promise<{ id: string; departmentId: string; campusId: string }> {
  const campusId = newId();
  const departmentId = newId();
  await db
    .insertInto('campus')
    .values({ id: campusId, code: `c-${campusId.slice(-12)}`, name: '本部' })
    .execute();
  await db
    .insertInto('department')
    .values({
      id: departmentId,
      code: `d-${departmentId.slice(-12)}`,
      name: options.departmentName ?? '信息科',
      parent_id: null,
      campus_id: campusId,
      head_person_id: null,
      path: `/${departmentId}/`,
      deleted_at: null,
    })
    .execute();
  let positionId: string | null = null;
  if (options.positionName !== null) {
    positionId = newId();
    await db
      .insertInto('position')
      .values({
        id: positionId,
        code: `p-${positionId.slice(-12)}`,
        name: options.positionName ?? '工程师',
      })
      .execute();
  }
  const id = newId();
  await db
    .insertInto('person')
    .values({
      id,
      employee_no: options.employeeNo,
      name: options.name,
      phone: null,
      email: null,
      department_id: departmentId,
      position_id: positionId,
      superior_id: null,
      status: options.status ?? 'active',
      deleted_at: null,
    })
    .execute();
  return { id, departmentId, campusId };
}

/** A role (not built in) with the given members, for rights tests. */
export async function createRole(
  db: Db,
  options: { code: string; name: string; personIds?: string[] },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('role')
    .values({ id, code: options.code, name: options.name, group_id: null, deleted_at: null })
    .execute();
  for (const personId of options.personIds ?? []) {
    await db.insertInto('role_member').values({ role_id: id, person_id: personId }).execute();
  }
  return id;
}
