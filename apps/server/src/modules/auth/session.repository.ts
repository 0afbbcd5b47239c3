import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { LoginLogTable, SessionTable } from '../../db/tables/identity.ts';
import type { AccountRow } from './auth.repository.ts';

export type SessionRow = Selectable<SessionTable>;

/** Why a session ended, kept in `session.end_reason`. */
export type SessionEndReason =
  | 'logout'
  | 'idle'
  | 'expired'
  | 'replaced'
  | 'account_disabled'
  | 'password_changed'
  | 'password_reset'
  | 'rights_changed';

/** Creates a session row (its id is the hash of the cookie token). */
export async function insertSession(db: Executor, row: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

/** The open session with this id and its account, or undefined. */
export async function findOpenSession(
  db: Executor,
  id: string,
): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const row = await openSessionQuery(db, id).executeTakeFirst();
  return row ? splitSessionRow(row) : undefined;
}

/** The open session with this id joined to its account (session columns prefixed). */
export function openSessionQuery(db: Executor, id: string) {
  return db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .selectAll('account')
    .select([
      'session.id as session_id',
      'session.csrf_token as session_csrf_token',
      'session.created_at as session_created_at',
      'session.last_seen_at as session_last_seen_at',
      'session.idle_timeout_seconds as session_idle_timeout_seconds',
      'session.expires_at as session_expires_at',
      'session.ip as session_ip',
      'session.user_agent as session_user_agent',
    ])
    .where('session.id', '=', id)
    .where('session.ended_at', 'is', null);
}

type OpenSessionRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof openSessionQuery>['executeTakeFirst']>>
>;

/** Splits a row of `openSessionQuery` into the session and the account. */
export function splitSessionRow(row: OpenSessionRow): { session: SessionRow; account: AccountRow } {
  const {
    session_id,
    session_csrf_token,
    session_created_at,
    session_last_seen_at,
    session_idle_timeout_seconds,
    session_expires_at,
    session_ip,
    session_user_agent,
    ...account
  } = row;
  return {
    account,
    session: {
      id: session_id,
      account_id: account.id,
      csrf_token: session_csrf_token,
      created_at: session_created_at,
      last_seen_at: session_last_seen_at,
      idle_timeout_seconds: session_idle_timeout_seconds,
      expires_at: session_expires_at,
      ip: session_ip,
      user_agent: session_user_agent,
      ended_at: null,
      end_reason: null,
    },
  };
}

/**
 * Records the activity of many sessions in one statement (session.activity.ts); a value
 * never moves back (another server may have written a later one) and ended sessions stay.
 */
export async function recordSessionActivity(
  db: Executor,
  seen: ReadonlyMap<string, Date>,
): Promise<void> {
  if (seen.size === 0) return;
  const ids = [...seen.keys()];
  const times = [...seen.values()];
  const touched = sql<{
    id: string;
    t: Date;
  }>`unnest(${ids}::text[], ${times}::timestamptz[])`.as<'v'>(sql`v(id, t)`);
  await db
    .updateTable('session')
    .from(touched)
    .set((eb) => ({ last_seen_at: eb.ref('v.t') }))
    .whereRef('session.id', '=', 'v.id')
    .where('session.ended_at', 'is', null)
    .whereRef('session.last_seen_at', '<', 'v.t')
    .execute();
}

/** Ends one session; true when it was still open (so only one caller reports it). */
export async function endSession(
  db: Executor,
  id: string,
  reason: SessionEndReason,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('session')
    .set({ ended_at: now, end_reason: reason })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends every open session of an account, but one (the caller's own) if given; returns how many. */
export async function endSessionsOfAccount(
  db: Executor,
  accountId: string,
  reason: SessionEndReason,
  now: Date,
  exceptSessionId: string | null = null,
): Promise<number> {
  let query = db
    .updateTable('session')
    .set({ ended_at: now, end_reason: reason })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Appends one line to the login log. */
export async function insertLoginLog(db: Executor, row: Insertable<LoginLogTable>): Promise<void> {
  await db.insertInto('login_log').values(row).execute();
}

/** Failed logins since `since` for the username (ignoring case) and for the IP. */
export async function countRecentFailures(
  db: Executor,
  username: string,
  ip: string,
  since: Date,
): Promise<{ byAccount: number; byIp: number }> {
  // Both predicates match the partial indexes of the identity migration.
  const byAccount = await db
    .selectFrom('login_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .where('success', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  const byIp = await db
    .selectFrom('login_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('success', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { byAccount: Number(byAccount.n), byIp: Number(byIp.n) };
}
