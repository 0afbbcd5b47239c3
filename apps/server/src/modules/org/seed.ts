import { newId } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { insertCampus } from './campuses.repository.ts';
import {
  anyDepartmentExists,
  insertDepartments,
  setDepartmentHeads,
} from './departments.repository.ts';
import { insertPeople, insertPersonDepartments } from './people.write.repository.ts';
import { departmentNameReadings } from './pinyin.ts';
import { functionalMembers, positionIds, roleIds } from './seed.catalogue.ts';
import { insertRoleMembers } from './role-members.repository.ts';
import { generateDemoOrganisation } from './seed.generate.ts';
import { demoCampuses } from './seed.structure.ts';

/** What the demo seed wrote. */
export interface DemoSeedResult {
  seeded: boolean;
  campuses: number;
  departments: number;
  people: number;
}

/**
 * Seeds the demo hospital into an empty organisation: 3 campuses, the
 * department tree with heads, about 1,600 people with superiors, positions
 * and the standard roles with members. Bulk inserts in batches of 500.
 * Does nothing when any department exists. Writes directly (no audit, no
 * lifecycle listeners): accounts for demo people are the auth module's seed.
 */
export async function seedDemoOrganisation(
  trx: Executor,
  options: { now: Date },
): Promise<DemoSeedResult> {
  const { now } = options;
  if (await anyDepartmentExists(trx))
    return { seeded: false, campuses: 0, departments: 0, people: 0 };
  const org = generateDemoOrganisation();
  const campusIds = new Map<string, string>();
  for (const [index, campus] of demoCampuses.entries()) {
    const row = await insertCampus(trx, {
      id: newId(),
      ...campus,
      sort: index * 10,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    campusIds.set(campus.code, row.id);
  }
  const departmentIds = new Map(org.departments.map((d) => [d.spec.code, d.id]));
  await insertDepartments(
    trx,
    org.departments.map((d, index) => {
      const readings = departmentNameReadings(d.spec.name);
      return {
        id: d.id,
        code: d.spec.code,
        name: d.spec.name,
        parent_id: d.spec.parent ? (departmentIds.get(d.spec.parent) ?? null) : null,
        campus_id: campusIds.get(d.spec.campus) ?? null,
        kind: d.spec.kind,
        head_person_id: null,
        path: d.path,
        sort: index * 10,
        name_pinyin: readings.pinyin,
        name_initials: readings.initials,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      };
    }),
  );
  const positions = await positionIds(
    trx,
    org.people.map((p) => p.position),
    now,
  );
  const rows = org.people.map((p) => ({
    id: p.id,
    employee_no: p.employeeNo,
    name: p.name,
    gender: p.gender,
    phone: p.phone,
    email: p.email,
    department_id: departmentIds.get(p.departmentCode) ?? '',
    position_id: positions.get(p.position) ?? null,
    superior_id: p.superiorId,
    status: 'active' as const,
    name_pinyin: p.pinyin,
    name_initials: p.initials,
    sort: p.sort,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  // Superiors (the president, vice presidents, heads) come first, so every batch can point back.
  for (let i = 0; i < rows.length; i += 500) await insertPeople(trx, rows.slice(i, i + 500));
  const memberships = rows.map((r) => ({
    person_id: r.id,
    department_id: r.department_id,
    is_primary: true,
  }));
  for (let i = 0; i < memberships.length; i += 500)
    await insertPersonDepartments(trx, memberships.slice(i, i + 500));
  await setDepartmentHeads(
    trx,
    org.departments.map((d) => ({ id: d.id, headId: d.headId })),
  );
  const roles = await roleIds(trx, now);
  for (const [code, personIds] of functionalMembers(org.people)) {
    const roleId = roles.get(code);
    if (roleId) await insertRoleMembers(trx, roleId, personIds, now);
  }
  return {
    seeded: true,
    campuses: demoCampuses.length,
    departments: org.departments.length,
    people: rows.length,
  };
}
