import { newId } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { insertCampus, insertPositions, listPositions } from './campuses.repository.ts';
import {
  anyDepartmentExists,
  insertDepartments,
  setDepartmentHeads,
} from './departments.repository.ts';
import { insertPeople, insertPersonDepartments } from './people.repository.ts';
import { departmentNameReadings } from './pinyin.ts';
import { insertRoleMembers } from './role-members.repository.ts';
import {
  findRoleByCode,
  insertRoleGroups,
  insertRoles,
  listRoleGroups,
} from './roles.repository.ts';
import { generateDemoOrganisation, type SeedPerson } from './seed.generate.ts';
import { demoCampuses, functionalRoles, standardRoles } from './seed.structure.ts';

/** What the demo seed wrote. */
export interface DemoSeedResult {
  seeded: boolean;
  campuses: number;
  departments: number;
  people: number;
}

async function positionIds(db: Executor, names: string[], now: Date): Promise<Map<string, string>> {
  const existing = await listPositions(db);
  const ids = new Map(existing.map((p) => [p.name, p.id]));
  const missing = [...new Set(names)].filter((name) => !ids.has(name));
  const created = await insertPositions(
    db,
    missing.map((name, i) => ({
      id: newId(),
      code: `${departmentNameReadings(name).pinyin.split(' ')[0] ?? 'position'}_${i}`,
      name,
      sort: 1000 + i,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    })),
  );
  for (const row of created) ids.set(row.name, row.id);
  return ids;
}

async function roleIds(db: Executor, now: Date): Promise<Map<string, string>> {
  const groups = new Map((await listRoleGroups(db)).map((g) => [g.name, g.id]));
  const ids = new Map<string, string>();
  for (const [index, role] of standardRoles.entries()) {
    if (role.group && !groups.has(role.group)) {
      const id = newId();
      await insertRoleGroups(db, [
        { id, name: role.group, sort: index, created_at: now, deleted_at: null },
      ]);
      groups.set(role.group, id);
    }
    const found = await findRoleByCode(db, role.code);
    const id = found?.id ?? newId();
    if (!found) {
      await insertRoles(db, [
        {
          id,
          code: role.code,
          name: role.name,
          description: '',
          group_id: role.group ? (groups.get(role.group) ?? null) : null,
          builtin: role.code === 'staff',
          sort: index * 10,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        },
      ]);
    }
    ids.set(role.code, id);
  }
  return ids;
}

/** Functional role members: the head (when it counts) and the first few others of the department. */
function functionalMembers(people: SeedPerson[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const person of people)
    for (const role of person.roles) members.set(role, [...(members.get(role) ?? []), person.id]);
  for (const rule of functionalRoles) {
    const list = members.get(rule.role) ?? [];
    const inDepartment = people.filter((p) => p.departmentCode === rule.department);
    const head = inDepartment.find((p) => p.head);
    if (rule.headToo && head && !list.includes(head.id)) list.push(head.id);
    const others = inDepartment.filter((p) => !p.head && !list.includes(p.id));
    const wanted = (rule.headToo ? 1 : 0) + rule.extra;
    while (list.length < wanted && others.length > 0) list.push(others.shift()!.id);
    members.set(rule.role, list);
  }
  return members;
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
