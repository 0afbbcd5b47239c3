import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RoleGroupTable, RoleTable } from '../../db/tables/organisation.ts';
import { matchCondition, type PeopleMatch } from './people.query.ts';
import { peopleView, personViewColumns, type PersonViewRow } from './people.repository.ts';

export type RoleRow = Selectable<RoleTable>;
export type RoleGroupRow = Selectable<RoleGroupTable>;

/** A role with its group's name and how many live people hold it. */
export interface RoleListRow extends RoleRow {
  group_name: string | null;
  member_count: number;
}

/**
 * Live roles with member counts. A built-in role (员工) is held by every
 * active person, so its count is theirs.
 */
export function listRoles(db: Executor, onlyId?: string): Promise<RoleListRow[]> {
  return db
    .selectFrom('role as r')
    .leftJoin('role_group as g', (join) =>
      join.onRef('g.id', '=', 'r.group_id').on('g.deleted_at', 'is', null),
    )
    .selectAll('r')
    .select('g.name as group_name')
    .select(
      sql<number>`CASE WHEN r.builtin
        THEN (SELECT count(*) FROM person p WHERE p.deleted_at IS NULL AND p.status = 'active')
        ELSE (SELECT count(*) FROM role_member rm JOIN person p ON p.id = rm.person_id
              WHERE rm.role_id = r.id AND p.deleted_at IS NULL) END`.as('member_count'),
    )
    .where('r.deleted_at', 'is', null)
    .$if(onlyId !== undefined, (qb) => qb.where('r.id', '=', onlyId ?? ''))
    .orderBy('r.sort')
    .orderBy('r.code')
    .execute();
}

export async function findRole(db: Executor, id: string): Promise<RoleRow | null> {
  const row = await db
    .selectFrom('role')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** The live role with this code, excluding `exceptId`. */
export async function findRoleByCode(
  db: Executor,
  code: string,
  exceptId?: string,
): Promise<RoleRow | null> {
  let query = db
    .selectFrom('role')
    .selectAll()
    .where('code', '=', code)
    .where('deleted_at', 'is', null);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) ?? null;
}

export async function insertRoles(db: Executor, rows: Insertable<RoleTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('role').values(rows).execute();
}

export function updateRoleRow(
  db: Executor,
  id: string,
  patch: Updateable<RoleTable>,
): Promise<RoleRow> {
  return db
    .updateTable('role')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Live role groups with how many live roles each holds. */
export function listRoleGroups(db: Executor): Promise<(RoleGroupRow & { role_count: number })[]> {
  return db
    .selectFrom('role_group as g')
    .selectAll('g')
    .select((eb) =>
      eb
        .selectFrom('role as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.group_id', '=', 'g.id')
        .where('r.deleted_at', 'is', null)
        .as('role_count'),
    )
    .where('g.deleted_at', 'is', null)
    .orderBy('g.sort')
    .orderBy('g.name')
    .execute() as Promise<(RoleGroupRow & { role_count: number })[]>;
}

export async function findRoleGroup(db: Executor, id: string): Promise<RoleGroupRow | null> {
  const row = await db
    .selectFrom('role_group')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertRoleGroups(
  db: Executor,
  rows: Insertable<RoleGroupTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('role_group').values(rows).execute();
}

/** A role member as the members page shows them. */
export interface RoleMemberRow extends PersonViewRow {
  added_at: Date | null;
}

/** One page of a role's live members (every active person for a built-in role). */
export async function roleMemberRows(
  db: Executor,
  role: RoleRow,
  options: { match: PeopleMatch | null; page: number; pageSize: number },
): Promise<{ rows: RoleMemberRow[]; total: number }> {
  const base = peopleView(db)
    .leftJoin('role_member as rm', (join) =>
      join.onRef('rm.person_id', '=', 'p.id').on('rm.role_id', '=', role.id),
    )
    .where((eb) =>
      role.builtin ? eb('p.status', '=', 'active') : eb('rm.role_id', 'is not', null),
    )
    .where((eb) => (options.match ? matchCondition(options.match) : eb.lit(true)));
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select(personViewColumns)
    .select('rm.created_at as added_at')
    .orderBy('p.employee_no')
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize)
    .execute();
  return { rows, total };
}
