import type { Executor } from '../../db/database.ts';

/** The system phrases (in their order), then mine (oldest first). */
export async function phrasesFor(db: Executor, accountId: string) {
  return db
    .selectFrom('workbench_phrase')
    .select(['id', 'text', 'account_id'])
    .where((eb) => eb.or([eb('account_id', 'is', null), eb('account_id', '=', accountId)]))
    .where('deleted_at', 'is', null)
    .orderBy((eb) => eb.case().when('account_id', 'is', null).then(0).else(1).end())
    .orderBy('sort')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function countMine(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('workbench_phrase')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertPhrase(
  db: Executor,
  row: { id: string; accountId: string; text: string; at: Date },
) {
  await db
    .insertInto('workbench_phrase')
    .values({ id: row.id, account_id: row.accountId, text: row.text, created_at: row.at })
    .execute();
}

export async function phraseById(db: Executor, id: string) {
  return db
    .selectFrom('workbench_phrase')
    .select(['id', 'account_id', 'text'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function removePhrase(db: Executor, id: string, at: Date) {
  await db.updateTable('workbench_phrase').set({ deleted_at: at }).where('id', '=', id).execute();
}
