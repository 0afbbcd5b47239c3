import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AccountTable } from '../../db/tables/identity.ts';

export type AccountRow = Selectable<AccountTable>;
export type NewAccountRow = Insertable<AccountTable>;
export type AccountPatch = Updateable<AccountTable>;

/** The account with this username, ignoring case; locked for update when asked. */
export async function findAccountByUsername(
  db: Executor,
  username: string,
  options: { forUpdate?: boolean } = {},
): Promise<AccountRow | undefined> {
  let query = db
    .selectFrom('account')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.toLowerCase());
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The account with this id; locked for update when asked. */
export async function findAccountById(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AccountRow | undefined> {
  let query = db.selectFrom('account').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The account of a person, if the person has one. */
export async function findAccountByPerson(
  db: Executor,
  personId: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** True when the username (ignoring case) is taken. */
export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  return (await findAccountByUsername(db, username)) !== undefined;
}

/** Inserts accounts, skipping any whose username or person already has one; returns how many. */
export async function insertAccounts(db: Executor, rows: NewAccountRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('account')
    .values(rows)
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** Changes columns of one account. */
export async function updateAccount(
  db: Executor,
  id: string,
  patch: AccountPatch,
  now: Date,
): Promise<void> {
  await db
    .updateTable('account')
    .set({ ...patch, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** The hashes of the most recent earlier passwords, newest first. */
export async function recentPasswordHashes(
  db: Executor,
  accountId: string,
  limit: number,
): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.password_hash);
}

/** Remembers a password the account no longer uses, so it cannot come back soon. */
export async function rememberPassword(
  db: Executor,
  accountId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  if (!passwordHash.startsWith('$argon2')) return;
  await db
    .insertInto('password_history')
    .values({ account_id: accountId, password_hash: passwordHash, created_at: now })
    .execute();
}
