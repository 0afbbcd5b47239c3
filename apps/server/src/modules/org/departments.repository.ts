import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DepartmentTable } from '../../db/tables/organisation.ts';
import { likePrefix } from './org.changes.ts';

export type DepartmentRow = Selectable<DepartmentTable>;

/** A department with its head's name and how many active people it has. */
export interface DepartmentListRow extends DepartmentRow {
  head_name: string | null;
  member_count: number;
}

/** Every live department with head name and active primary members, tree order. */
export function listDepartments(db: Executor): Promise<DepartmentListRow[]> {
  return db
    .selectFrom('department as d')
    .leftJoin('person as h', 'h.id', 'd.head_person_id')
    .selectAll('d')
    .select('h.name as head_name')
    .select((eb) =>
      eb
        .selectFrom('person as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.department_id', '=', 'd.id')
        .where('p.deleted_at', 'is', null)
        .where('p.status', '=', 'active')
        .as('member_count'),
    )
    .where('d.deleted_at', 'is', null)
    .orderBy('d.sort')
    .orderBy('d.code')
    .execute() as Promise<DepartmentListRow[]>;
}

export async function findDepartment(db: Executor, id: string): Promise<DepartmentRow | null> {
  const row = await db
    .selectFrom('department')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Live departments by code (for imports and uniqueness checks). */
export function findDepartmentsByCodes(db: Executor, codes: string[]): Promise<DepartmentRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('department')
    .selectAll()
    .where('code', 'in', codes)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Live departments by exact name (imports may name the department instead of its code). */
export function findDepartmentsByNames(db: Executor, names: string[]): Promise<DepartmentRow[]> {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('department')
    .selectAll()
    .where('name', 'in', names)
    .where('deleted_at', 'is', null)
    .execute();
}

export async function insertDepartments(
  db: Executor,
  rows: Insertable<DepartmentTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('department').values(rows).execute();
}

export function updateDepartmentRow(
  db: Executor,
  id: string,
  patch: Updateable<DepartmentTable>,
): Promise<DepartmentRow> {
  return db
    .updateTable('department')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Re-roots a subtree after its top moved: every path under `from` now starts with `to`. */
export async function rewriteSubtreePaths(db: Executor, from: string, to: string): Promise<void> {
  await db
    .updateTable('department')
    .set({ path: sql<string>`${to} || substr(path, ${from.length + 1})` })
    .where('path', 'like', likePrefix(from))
    .execute();
}

/** Live child departments and live people (primary or extra) of a department. */
export async function departmentOccupancy(
  db: Executor,
  id: string,
): Promise<{ children: number; people: number }> {
  const children = await db
    .selectFrom('department')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('person as p')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('p.department_id', '=', id),
        eb.exists(
          eb
            .selectFrom('person_department as pd')
            .select('pd.person_id')
            .whereRef('pd.person_id', '=', 'p.id')
            .where('pd.department_id', '=', id),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  return { children: children.n, people: people.n };
}

/** Live departments on a path, nearest first (the department itself, then its ancestors). */
export async function departmentChain(db: Executor, path: string): Promise<DepartmentRow[]> {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('department')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids
    .reverse()
    .map((id) => byId.get(id))
    .filter((row): row is DepartmentRow => row !== undefined);
}

/** True when any department was ever created (the demo seed only fills an empty organisation). */
export async function anyDepartmentExists(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('department').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Sets many departments' heads in one statement per 500. */
export async function setDepartmentHeads(
  db: Executor,
  pairs: readonly { id: string; headId: string | null }[],
): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) {
    const values = pairs.slice(i, i + 500).map((p) => sql`(${p.id}::uuid, ${p.headId}::uuid)`);
    await sql`UPDATE department SET head_person_id = v.head_id
      FROM (VALUES ${sql.join(values)}) AS v (id, head_id)
      WHERE department.id = v.id`.execute(db);
  }
}
