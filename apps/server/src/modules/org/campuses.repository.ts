import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { CampusTable, PositionTable } from '../../db/tables/organisation.ts';

export type CampusRow = Selectable<CampusTable>;
export type PositionRow = Selectable<PositionTable>;

/** Live campuses in display order. */
export function listCampuses(db: Executor): Promise<CampusRow[]> {
  return db
    .selectFrom('campus')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export async function findCampus(db: Executor, id: string): Promise<CampusRow | null> {
  const row = await db
    .selectFrom('campus')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** The live campus with this code, excluding `exceptId` (for uniqueness checks). */
export async function findCampusByCode(
  db: Executor,
  code: string,
  exceptId?: string,
): Promise<CampusRow | null> {
  let query = db
    .selectFrom('campus')
    .selectAll()
    .where('code', '=', code)
    .where('deleted_at', 'is', null);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) ?? null;
}

export async function insertCampus(db: Executor, row: Insertable<CampusTable>): Promise<CampusRow> {
  return db.insertInto('campus').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCampusRow(
  db: Executor,
  id: string,
  patch: Updateable<CampusTable>,
): Promise<CampusRow> {
  return db
    .updateTable('campus')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Live positions (职务) in display order. */
export function listPositions(db: Executor): Promise<PositionRow[]> {
  return db
    .selectFrom('position')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export async function insertPositions(
  db: Executor,
  rows: Insertable<PositionTable>[],
): Promise<PositionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('position').values(rows).returningAll().execute();
}
