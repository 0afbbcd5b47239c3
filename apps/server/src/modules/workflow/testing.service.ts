import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { hashPassword, testHashCost } from '../auth/index.ts';
import type { OrganisationInput } from './testing.schema.ts';
import {
  grantToRole,
  insertAccount,
  insertDepartment,
  insertPerson,
  insertRole,
  insertRoleMember,
  setDepartmentHead,
  setSuperior,
} from './testing.repository.ts';

/** Scenario handles → system keys, and the usernames to sign in with. */
export interface OrganisationMapping {
  departments: Record<string, string>;
  people: Record<string, string>;
  roles: Record<string, string>;
  usernames: Record<string, string>;
}

const adminHandle = 'admin';

function unknown(path: string, handle: string): never {
  throw fail.validation('组织数据引用了不存在的对象', [{ path, message: `未知标识 ${handle}` }]);
}

/** Departments parents first, so each path can be built from its parent's. */
function parentsFirst(departments: OrganisationInput['departments']) {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const ordered: OrganisationInput['departments'] = [];
  const placed = new Set<string>();
  const place = (id: string, trail: Set<string>) => {
    const department = byId.get(id);
    if (!department || placed.has(id)) return;
    if (trail.has(id))
      throw fail.validation('部门上下级形成了循环', [{ path: 'departments', message: id }]);
    if (department.parent !== undefined) {
      if (!byId.has(department.parent)) unknown(`departments.${id}.parent`, department.parent);
      place(department.parent, new Set([...trail, id]));
    }
    placed.add(id);
    ordered.push(department);
  };
  for (const department of departments) place(department.id, new Set());
  return ordered;
}

/**
 * TEST_MODE: creates a scenario's organisation — departments, people with
 * accounts (one known password), roles — plus the `admin` person, in no
 * department of the scenario, holding a 流程管理员 role with every workflow
 * right (monitor and intervene, design, start).
 */
export async function setUpOrganisation(
  ctx: ServiceContext,
  input: OrganisationInput,
): Promise<OrganisationMapping> {
  const now = ctx.now;
  const mapping: OrganisationMapping = { departments: {}, people: {}, roles: {}, usernames: {} };
  const paths = new Map<string, string>();
  const adminDepartment = newId();
  await insertDepartment(ctx.trx, {
    id: adminDepartment,
    code: `system-${adminDepartment.slice(-12)}`,
    name: '系统管理',
    parentId: null,
    path: `/${adminDepartment}/`,
    now,
  });
  for (const department of parentsFirst(input.departments)) {
    const id = newId();
    const parentId =
      department.parent === undefined ? null : mapping.departments[department.parent];
    const path = `${parentId ? (paths.get(parentId) ?? '/') : '/'}${id}/`;
    await insertDepartment(ctx.trx, {
      id,
      code: department.id,
      name: department.name,
      parentId: parentId ?? null,
      path,
      now,
    });
    mapping.departments[department.id] = id;
    paths.set(id, path);
  }
  const people = input.people.some((p) => p.id === adminHandle)
    ? input.people
    : [...input.people, { id: adminHandle, name: '流程管理员', dept: '' }];
  for (const [index, person] of people.entries()) {
    const departmentId =
      person.id === adminHandle && person.dept === ''
        ? adminDepartment
        : mapping.departments[person.dept];
    if (!departmentId) unknown(`people.${person.id}.dept`, person.dept);
    const id = newId();
    await insertPerson(ctx.trx, {
      id,
      employeeNo: person.id,
      name: person.name,
      departmentId,
      sort: index,
      now,
    });
    mapping.people[person.id] = id;
  }
  for (const person of input.people) {
    if (person.superior === undefined) continue;
    const superior =
      mapping.people[person.superior] ?? unknown(`people.${person.id}.superior`, person.superior);
    await setSuperior(ctx.trx, mapping.people[person.id] ?? '', superior);
  }
  for (const department of input.departments) {
    if (department.head === undefined) continue;
    const head =
      mapping.people[department.head] ??
      unknown(`departments.${department.id}.head`, department.head);
    await setDepartmentHead(ctx.trx, mapping.departments[department.id] ?? '', head);
  }
  const roleIds = new Map<string, string>();
  for (const role of input.roles) {
    const id = newId();
    const code = `scenario.${role.id}`;
    await insertRole(ctx.trx, { id, code, name: role.name, now });
    roleIds.set(role.id, id);
    mapping.roles[role.id] = code;
  }
  for (const person of input.people) {
    for (const role of person.roles ?? []) {
      const roleId = roleIds.get(role) ?? unknown(`people.${person.id}.roles`, role);
      await insertRoleMember(ctx.trx, roleId, mapping.people[person.id] ?? '');
    }
  }
  // `admin`: a 流程管理员 role with every workflow right (monitor, design, start).
  const adminRole = newId();
  await insertRole(ctx.trx, {
    id: adminRole,
    code: 'conformance-workflow-admin',
    name: '流程管理员',
    now,
  });
  await grantToRole(ctx.trx, adminRole, ['workflow.admin', 'workflow.design', 'workflow.start']);
  await insertRoleMember(ctx.trx, adminRole, mapping.people[adminHandle] ?? '');
  const passwordHash = await hashPassword(input.password, testHashCost);
  for (const person of people) {
    await insertAccount(ctx.trx, {
      id: newId(),
      username: person.id,
      displayName: person.name,
      personId: mapping.people[person.id] ?? '',
      passwordHash,
      now,
    });
    mapping.usernames[person.id] = person.id;
  }
  await ctx.audit({
    action: 'workflow.test.organisation',
    targetType: 'organisation',
    targetId: null,
    summary: {
      departments: input.departments.length,
      people: people.length,
      roles: input.roles.length,
    },
  });
  return mapping;
}
