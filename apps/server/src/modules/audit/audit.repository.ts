import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { pipelined } from '../../db/prepared.ts';
import type { AuditLogTable, AuditPendingTable } from '../../db/tables/audit.ts';
import type { Insertable, Selectable } from 'kysely';

export type AuditRow = Selectable<AuditLogTable>;
export type PendingRow = Selectable<AuditPendingTable>;

// Any constant shared by every writer: it serialises appends so the chain has one order.
const chainLockKey = 727002;

/** Takes the chain lock for this transaction and returns the last MAC. */
export async function lockChainHead(trx: Executor): Promise<string | null> {
  // Not waited for: the read of the head goes behind it and so waits for the lock.
  await sql`SELECT pg_advisory_xact_lock(${chainLockKey}) ${pipelined}`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('mac')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.mac ?? null;
}

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
export async function insertPendingRow(
  trx: Executor,
  row: Omit<Insertable<AuditPendingTable>, 'seq'>,
): Promise<void> {
  await trx
    .insertInto('audit_pending')
    .values({ ...row, summary: JSON.stringify(row.summary) })
    .modifyEnd(pipelined)
    .execute();
}

/** Removes and returns the oldest waiting entries, oldest first (the caller holds the lock). */
export async function takePending(trx: Executor, limit: number): Promise<PendingRow[]> {
  const taken = await sql<PendingRow>`
    DELETE FROM audit_pending
     WHERE seq IN (SELECT seq FROM audit_pending ORDER BY seq LIMIT ${limit})
    RETURNING *`.execute(trx);
  return taken.rows.sort((a, b) => Number(a.seq) - Number(b.seq));
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
