import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { hasHan } from './org.changes.ts';
import { getPersonProfile, searchPeople, type PersonPick } from './org.directory.ts';
import { notifyPersonCreated } from './org.lifecycle.ts';
import { peopleScopeOf } from './org.scope.ts';
import type { Gender, PersonProfile, PersonStatus } from './org.types.ts';
import { assertReaches, checkPersonRefs, requireDepartment } from './people.checks.ts';
import { listPeopleRows, type PeopleSort } from './people.list.repository.ts';
import { type PersonViewRow } from './people.repository.ts';
import { insertPeople, replaceMemberships } from './people.write.repository.ts';
import { personNameReadings, pinyinQuery } from './pinyin.ts';
import { findRole } from './roles.repository.ts';

export interface PersonInput {
  employeeNo: string;
  name: string;
  gender?: Gender;
  phone?: string | null;
  email?: string | null;
  departmentId: string;
  positionId?: string | null;
  superiorId?: string | null;
  extraDepartmentIds?: string[];
  sort?: number;
}

export interface PeopleQuery {
  q?: string;
  departmentId?: string;
  subtree?: boolean;
  status?: PersonStatus;
  roleId?: string;
  sort?: PeopleSort;
  page: number;
  pageSize: number;
}

/** One page of people, only those the actor's `org.read` data scope reaches. */
export async function listPeople(
  ctx: ServiceContext,
  query: PeopleQuery,
): Promise<{ rows: PersonViewRow[]; total: number }> {
  const scope = await peopleScopeOf(ctx, 'org.read');
  const text = query.q?.trim() ?? '';
  let department = null;
  if (query.departmentId) {
    const row = await requireDepartment(ctx, query.departmentId);
    department = { id: row.id, subtreePath: query.subtree ? row.path : null };
  }
  let roleId: string | null = null;
  if (query.roleId) {
    const role = await findRole(ctx.trx, query.roleId);
    if (!role) throw fail.notFound('角色');
    roleId = role.builtin ? null : role.id;
  }
  return listPeopleRows(ctx.trx, {
    match: text ? { text, pinyin: pinyinQuery(text), contains: hasHan(text) } : null,
    department,
    status: query.status ?? null,
    roleId,
    scope,
    sort: query.sort ?? null,
    page: query.page,
    pageSize: query.pageSize,
  });
}

/** People for pickers (active only), best match first. */
export function pickPeople(ctx: ServiceContext, q: string, limit: number): Promise<PersonPick[]> {
  return searchPeople(ctx.trx, q, { limit });
}

/** One person with everything the edit form shows. */
export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonProfile> {
  await assertReaches(ctx, 'org.manage', { personId: id });
  const profile = await getPersonProfile(ctx.trx, id);
  if (!profile) throw fail.notFound('人员');
  return profile;
}

/** Adds a person with their memberships; the lifecycle listener hears of it. */
export async function createPerson(
  ctx: ServiceContext,
  input: PersonInput,
): Promise<PersonProfile> {
  const department = await checkPersonRefs(ctx, input);
  await assertReaches(ctx, 'org.manage', { department });
  const id = newId();
  const readings = personNameReadings(input.name);
  await insertPeople(ctx.trx, [
    {
      id,
      employee_no: input.employeeNo,
      name: input.name,
      gender: input.gender ?? 'unknown',
      phone: input.phone ?? null,
      email: input.email ?? null,
      department_id: input.departmentId,
      position_id: input.positionId ?? null,
      superior_id: input.superiorId ?? null,
      status: 'active',
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      sort: input.sort ?? 0,
      created_at: ctx.now,
      updated_at: ctx.now,
      deleted_at: null,
    },
  ]);
  await replaceMemberships(ctx.trx, id, input.departmentId, input.extraDepartmentIds ?? []);
  const profile = await getPersonProfile(ctx.trx, id);
  if (!profile) throw fail.notFound('人员');
  await ctx.audit({
    action: 'org.person.create',
    targetType: 'person',
    targetId: id,
    summary: {
      employeeNo: profile.employeeNo,
      name: profile.name,
      department: profile.departmentName,
      position: profile.positionName,
    },
  });
  await notifyPersonCreated(ctx, profile);
  return profile;
}
