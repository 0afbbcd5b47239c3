import { compiledOnce } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { pipelined } from '../../db/prepared.ts';

/**
 * Claims a request id for this account. Returns true when this transaction owns
 * it; a concurrent duplicate waits on the primary key until the owner commits
 * (then finds its answer) or rolls back (then claims it itself).
 */
export async function claimKey(
  db: Executor,
  accountId: string,
  key: string,
  route: string,
): Promise<boolean> {
  const inserted = await claimQuery.execute(db, { accountId, key, route });
  return inserted.rows.length > 0;
}

// Every command claims and answers: both built and compiled once (db/compiled-once.ts).
const claimQuery = compiledOnce((db, values: { accountId: string; key: string; route: string }) =>
  db
    .insertInto('workflow_idempotency')
    .values({
      account_id: values.accountId,
      key: values.key,
      route: values.route,
      status: null,
      body: null,
    })
    .onConflict((oc) => oc.columns(['account_id', 'key']).doNothing())
    .returning('key'),
);
const answerQuery = compiledOnce(
  (db, values: { accountId: string; key: string; status: number; body: string }) =>
    db
      .updateTable('workflow_idempotency')
      .set({ status: values.status, body: values.body })
      .where('account_id', '=', values.accountId)
      .where('key', '=', values.key)
      .modifyEnd(pipelined),
);

/** The stored answer of a request id. */
export function storedResponse(db: Executor, accountId: string, key: string) {
  return db
    .selectFrom('workflow_idempotency')
    .select(['route', 'status', 'body'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function storeResponse(
  db: Executor,
  accountId: string,
  key: string,
  response: { status: number; body: unknown },
): Promise<void> {
  await answerQuery.execute(db, {
    accountId,
    key,
    status: response.status,
    body: JSON.stringify(response.body),
  });
}

/** Forgets request ids older than `before` (kept a day: long enough for any retry). */
export async function forgetKeysBefore(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('workflow_idempotency').where('created_at', '<', before).execute();
}
