import { newId } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { insertPositions, listPositions } from './campuses.repository.ts';
import { departmentNameReadings } from './pinyin.ts';
import {
  findRoleByCode,
  insertRoleGroups,
  insertRoles,
  listRoleGroups,
} from './roles.repository.ts';
import type { SeedPerson } from './seed.generate.ts';
import { functionalRoles, standardRoles } from './seed.structure.ts';

/** Position ids by name, adding any the catalogue lacks. */
export async function positionIds(
  db: Executor,
  names: string[],
  now: Date,
): Promise<Map<string, string>> {
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

/** Standard role ids by code, adding any role or group the database lacks. */
export async function roleIds(db: Executor, now: Date): Promise<Map<string, string>> {
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
export function functionalMembers(people: SeedPerson[]): Map<string, string[]> {
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
    for (const other of others) if (list.length < wanted) list.push(other.id);
    members.set(rule.role, list);
  }
  return members;
}
