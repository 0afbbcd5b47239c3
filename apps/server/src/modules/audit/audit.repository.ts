import { sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { pipelined } from '../../db/prepared.ts';
import type { AuditLogTable, AuditPendingTable } from '../../db/tables/audit.ts';
import type { Insertable, Selectable } from 'kysely';

export type AuditRow = Selectable<AuditLogTable>;
export type PendingRow = Selectable<AuditPendingTable>;

// Any constant shared by every writer: it serialises appends so the chain has one order.
const chainLockKey = 727002;

/** Appends rows in the given order (the caller holds the chain lock). */
export async function insertAuditRows(
  trx: Executor,
  rows: readonly Omit<AuditRow, 'seq'>[],
): Promise<void> {
  // One multi-row VALUES: PostgreSQL assigns seq in the order the rows are listed.
  await trx
    .insertInto('audit_log')
    .values(rows.map((row) => ({ ...row, summary: JSON.stringify(row.summary) })))
    .modifyEnd(pipelined)
    .execute();
}

/** Appends an entry to wait for the sealer (no lock: inside any business transaction). */
export async function insertPendingRow(trx: Executor, row: PendingInsert): Promise<void> {
  await pendingInsertQuery.execute(trx, { ...row, summary: JSON.stringify(row.summary) });
}

type PendingInsert = Required<Omit<Insertable<AuditPendingTable>, 'seq'>>;
const pendingColumns = [
  'id',
  'at',
  'actor_account_id',
  'actor_username',
  'actor_name',
  'ip',
  'user_agent',
  'request_id',
  'action',
  'target_type',
  'target_id',
  'result',
  'error_code',
  'summary',
  'mac',
] as const satisfies readonly (keyof PendingInsert)[];
// Fails to compile when a column of the table is missing from the list above.
const _everyColumn: Exclude<keyof PendingInsert, (typeof pendingColumns)[number]> extends never
  ? true
  : never = true;

// Every audited write appends one: built and compiled once (db/compiled-once.ts).
const pendingInsertQuery = compiledOnce((db, values: PendingInsert) =>
  db
    .insertInto('audit_pending')
    .values(
      Object.fromEntries(pendingColumns.map((column) => [column, values[column]])) as PendingInsert,
    )
    .modifyEnd(pipelined),
);

/**
 * Takes the chain lock for this transaction, then removes and returns the oldest waiting
 * entries, oldest first, with the chain's last MAC. One round trip: the lock is sent without
 * waiting, and the statement behind it, run once the lock is held, reads the head and takes
 * the entries with one snapshot. No entry waiting: no head either, and nothing to chain.
 */
export async function lockAndTakePending(
  trx: Executor,
  limit: number,
): Promise<{ head: string | null; pending: PendingRow[] }> {
  await sql`SELECT pg_advisory_xact_lock(${chainLockKey}) ${pipelined}`.execute(trx);
  const taken = await sql<PendingRow & { head_mac: string | null }>`
    WITH taken AS (
      DELETE FROM audit_pending
       WHERE seq IN (SELECT seq FROM audit_pending ORDER BY seq LIMIT ${limit})
      RETURNING *)
    SELECT taken.*, (SELECT mac FROM audit_log ORDER BY seq DESC LIMIT 1) AS head_mac
      FROM taken`.execute(trx);
  const head = taken.rows[0]?.head_mac ?? null;
  const pending = taken.rows
    .map(({ head_mac: _head, ...row }) => row)
    .sort((a, b) => Number(a.seq) - Number(b.seq));
  return { head, pending };
}

/** Whether any entry waits to be chained. */
export async function hasPending(db: Executor): Promise<boolean> {
  const found = await db.selectFrom('audit_pending').select('seq').limit(1).executeTakeFirst();
  return found !== undefined;
}

/** Rows in chain order, a page at a time, for the verifier. */
export async function chainPage(
  db: Executor,
  afterSeq: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', String(afterSeq))
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** The seq of the newest entry recorded before the instant, or 0 when there is none. */
export async function lastSeqBefore(db: Executor, before: Date): Promise<number> {
  const found = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('at', '<', before)
    .executeTakeFirst();
  return Number(found?.seq ?? 0);
}

/** The newest entry of the chain (its head), if any. */
export async function findChainHead(db: Executor): Promise<AuditRow | undefined> {
  return db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
}
