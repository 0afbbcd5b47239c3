import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/** What an instance holds on a budget line; `amount` exact, as a pg string. */
export interface ClaimRow {
  instance_id: string;
  budget_id: string;
  amount: string;
  state: 'reserved' | 'consumed' | 'released';
}

/** The instance's claim, locked until the transaction ends (two servers settle in turn). */
export function lockClaim(db: Executor, instanceId: string): Promise<ClaimRow | undefined> {
  return db
    .selectFrom('budget_claim')
    .select(['instance_id', 'budget_id', 'amount', 'state'])
    .where('instance_id', '=', instanceId)
    .forUpdate()
    .executeTakeFirst();
}

/** The live budget line with this code, locked: its money columns are about to move. */
export function lockBudgetByCode(
  db: Executor,
  code: string,
): Promise<{ id: string; code: string } | undefined> {
  return db
    .selectFrom('budget')
    .select(['id', 'code'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function budgetCode(db: Executor, budgetId: string): Promise<string> {
  const row = await db
    .selectFrom('budget')
    .select('code')
    .where('id', '=', budgetId)
    .executeTakeFirstOrThrow();
  return row.code;
}

/** Moves money between the line's columns: `reserved` and `used` change by these (yuan). */
export async function shiftBudget(
  db: Executor,
  budgetId: string,
  delta: { reserved: string; used: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('budget')
    .set({
      reserved: sql`reserved + ${delta.reserved}::numeric`,
      used: sql`used + ${delta.used}::numeric`,
      updated_at: now,
    })
    .where('id', '=', budgetId)
    .execute();
}

/** Writes the instance's claim (one row per instance: a new claim replaces the old). */
export async function saveClaim(
  db: Executor,
  claim: ClaimRow & { process_key: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('budget_claim')
    .values({ ...claim, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.column('instance_id').doUpdateSet({
        budget_id: claim.budget_id,
        amount: claim.amount,
        state: claim.state,
        updated_at: now,
      }),
    )
    .execute();
}
