import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkflowCategoryTable } from '../../db/tables/workflow.ts';

/** 流程分类: groups processes on the start page, each with a colour. */
export type CategoryRow = Selectable<WorkflowCategoryTable>;

export function listCategories(db: Executor): Promise<CategoryRow[]> {
  return db
    .selectFrom('workflow_category')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .orderBy('name')
    .execute();
}

export function findCategory(db: Executor, id: string): Promise<CategoryRow | undefined> {
  return db
    .selectFrom('workflow_category')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertCategory(
  db: Executor,
  row: { id: string; name: string; colour: string; sort: number; now: Date },
): Promise<void> {
  await db
    .insertInto('workflow_category')
    .values({
      id: row.id,
      name: row.name,
      colour: row.colour,
      sort: row.sort,
      created_at: row.now,
      updated_at: row.now,
      deleted_at: null,
    })
    .execute();
}

export async function updateCategory(
  db: Executor,
  id: string,
  changes: { name?: string; colour?: string; sort?: number; deletedAt?: Date },
  now: Date,
): Promise<void> {
  await db
    .updateTable('workflow_category')
    .set({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.colour === undefined ? {} : { colour: changes.colour }),
      ...(changes.sort === undefined ? {} : { sort: changes.sort }),
      ...(changes.deletedAt === undefined ? {} : { deleted_at: changes.deletedAt }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** True when a live category already has this name (names are unique among live ones). */
export async function categoryNameTaken(db: Executor, name: string, exceptId?: string) {
  let query = db
    .selectFrom('workflow_category')
    .select(sql<number>`1`.as('one'))
    .where('name', '=', name)
    .where('deleted_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
