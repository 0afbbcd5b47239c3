import type { Executor } from '../../db/database.ts';

/** My favourite processes that still exist, with their category, in the order I added them. */
export async function favouritesOf(db: Executor, accountId: string) {
  return db
    .selectFrom('workbench_favourite')
    .innerJoin('workflow_process', 'workflow_process.key', 'workbench_favourite.process_key')
    .leftJoin('workflow_category', (join) =>
      join
        .onRef('workflow_category.id', '=', 'workflow_process.category_id')
        .on('workflow_category.deleted_at', 'is', null),
    )
    .select(['workflow_process.key', 'workflow_process.name', 'workflow_category.name as category'])
    .where('workbench_favourite.account_id', '=', accountId)
    .where('workbench_favourite.deleted_at', 'is', null)
    .where('workflow_process.deleted_at', 'is', null)
    .orderBy('workbench_favourite.created_at')
    .orderBy('workflow_process.key')
    .execute();
}

export async function processExists(db: Executor, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('workflow_process')
    .select('key')
    .where('key', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds (or brings back) a favourite; true when it was not one already. */
export async function addFavourite(db: Executor, accountId: string, key: string, at: Date) {
  const result = await db
    .insertInto('workbench_favourite')
    .values({ account_id: accountId, process_key: key, created_at: at })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'process_key'])
        .doUpdateSet({ created_at: at, deleted_at: null })
        .where('workbench_favourite.deleted_at', 'is not', null),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function removeFavourite(db: Executor, accountId: string, key: string, at: Date) {
  const result = await db
    .updateTable('workbench_favourite')
    .set({ deleted_at: at })
    .where('account_id', '=', accountId)
    .where('process_key', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The processes I started most recently (submitted, not drafts), one row per process. */
export async function recentProcesses(db: Executor, personId: string, limit: number) {
  return db
    .selectFrom('workflow_instance')
    .innerJoin('workflow_process', 'workflow_process.key', 'workflow_instance.process_key')
    .select((eb) => [
      'workflow_process.key',
      'workflow_process.name',
      eb.fn.max('workflow_instance.submitted_at').as('last_started_at'),
    ])
    .where('workflow_instance.initiator_id', '=', personId)
    .where('workflow_instance.submitted_at', 'is not', null)
    .where('workflow_instance.deleted_at', 'is', null)
    .where('workflow_process.deleted_at', 'is', null)
    .groupBy(['workflow_process.key', 'workflow_process.name'])
    .orderBy('last_started_at', 'desc')
    .orderBy('workflow_process.key')
    .limit(limit)
    .execute();
}
