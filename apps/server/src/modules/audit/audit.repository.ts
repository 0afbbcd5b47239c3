import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AuditLogTable } from '../../db/tables/audit.ts';
import type { Selectable } from 'kysely';

export type AuditRow = Selectable<AuditLogTable>;

// Any constant shared by every writer: it serialises appends so the chain has one order.
const chainLockKey = 727002;

/** Takes the chain lock for this transaction and returns the last MAC. */
export async function lockChainHead(trx: Executor): Promise<string | null> {
  await sql`SELECT pg_advisory_xact_lock(${chainLockKey})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('mac')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.mac ?? null;
}

/** Appends one row (the caller holds the chain lock). */
export async function insertAuditRow(trx: Executor, row: Omit<AuditRow, 'seq'>): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({ ...row, summary: JSON.stringify(row.summary) })
    .execute();
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
