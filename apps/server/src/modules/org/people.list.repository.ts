import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { PersonStatus } from './org.types.ts';
import {
  inDepartment,
  matchCondition,
  matchRank,
  scopeCondition,
  type PeopleMatch,
  type PeopleScope,
} from './people.query.ts';
import { peopleView, personViewColumns, type PersonViewRow } from './people.repository.ts';

export const peopleSorts = [
  'employeeNo',
  '-employeeNo',
  'name',
  '-name',
  'department',
  '-department',
] as const;
export type PeopleSort = (typeof peopleSorts)[number];

/** The filters of the people list, already resolved by the service. */
export interface PeopleListFilter {
  match: PeopleMatch | null;
  department: { id: string; subtreePath: string | null } | null;
  status: PersonStatus | null;
  /** Members of this role; null for no filter (and for the implicit 员工 role). */
  roleId: string | null;
  scope: PeopleScope;
  sort: PeopleSort | null;
  page: number;
  pageSize: number;
}

function conditionsOf(filter: PeopleListFilter): Expression<SqlBool>[] {
  const conditions = [scopeCondition(filter.scope)];
  if (filter.match) conditions.push(matchCondition(filter.match));
  if (filter.department) {
    conditions.push(inDepartment(filter.department.id, filter.department.subtreePath));
  }
  if (filter.status) conditions.push(sql<SqlBool>`p.status = ${filter.status}`);
  if (filter.roleId) {
    conditions.push(
      sql<SqlBool>`EXISTS (SELECT 1 FROM role_member rm WHERE rm.person_id = p.id AND rm.role_id = ${filter.roleId})`,
    );
  }
  return conditions;
}

/** One page of the people list and the total, filtered by the caller's scope. */
export async function listPeopleRows(
  db: Executor,
  filter: PeopleListFilter,
): Promise<{ rows: PersonViewRow[]; total: number }> {
  const conditions = conditionsOf(filter);
  const base = peopleView(db).where((eb) => eb.and(conditions));
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  let query = base.select(personViewColumns);
  const sort = filter.sort ?? (filter.match ? null : 'employeeNo');
  const direction = sort?.startsWith('-') ? 'desc' : 'asc';
  switch (sort) {
    case null:
      if (filter.match) query = query.orderBy(matchRank(filter.match));
      break;
    case 'name':
    case '-name':
      query = query.orderBy('p.name_pinyin', direction).orderBy('p.name', direction);
      break;
    case 'department':
    case '-department':
      query = query.orderBy('d.sort', direction).orderBy('d.code', direction);
      break;
    case 'employeeNo':
    case '-employeeNo':
      break;
  }
  const rows = await query
    .orderBy('p.employee_no', direction)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { rows, total };
}
