import type { DataScope } from '@yuanwu/kernel';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AccountRow } from './auth.repository.ts';

/** Filters of the security administrator's account list. */
export interface AccountFilter {
  q?: string | undefined;
  status?: 'active' | 'disabled' | 'locked' | undefined;
  now: Date;
  page: number;
  pageSize: number;
}

/** One page of accounts by username, and how many match in all. */
export async function listAccounts(
  db: Executor,
  filter: AccountFilter,
): Promise<{ rows: AccountRow[]; total: number }> {
  let query = db.selectFrom('account');
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('username', 'ilike', pattern), eb('display_name', 'ilike', pattern)]),
    );
  }
  if (filter.status === 'locked') query = query.where('locked_until', '>', filter.now);
  else if (filter.status) query = query.where('status', '=', filter.status);
  const counted = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('username')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** The rights a role grants, by permission name. */
export async function findRoleGrants(
  db: Executor,
  roleId: string,
): Promise<{ permission: string; scope: DataScope }[]> {
  return db
    .selectFrom('role_permission')
    .select(['permission', 'scope'])
    .where('role_id', '=', roleId)
    .orderBy('permission')
    .execute();
}

/** Replaces every right of a role. */
export async function replaceRoleGrants(
  db: Executor,
  roleId: string,
  grants: readonly { permission: string; scope: DataScope }[],
): Promise<void> {
  await db.deleteFrom('role_permission').where('role_id', '=', roleId).execute();
  if (grants.length === 0) return;
  await db
    .insertInto('role_permission')
    .values(grants.map((grant) => ({ role_id: roleId, ...grant })))
    .execute();
}

/** Serialises edits of one role's rights for the transaction, so audited old values are exact. */
export async function lockRoleGrants(db: Executor, roleId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`role_permission:${roleId}`}))`.execute(db);
}
