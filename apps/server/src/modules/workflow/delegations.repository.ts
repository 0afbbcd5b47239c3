import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkflowDelegationTable } from '../../db/tables/workflow.ts';

export type DelegationRow = Selectable<WorkflowDelegationTable>;

/** Delegations that have not ended yet (their `until` may have passed unswept). */
export function liveDelegations(db: Executor): Promise<DelegationRow[]> {
  return db.selectFrom('workflow_delegation').selectAll().where('ended_at', 'is', null).execute();
}

/** The delegator's live delegation, locked so revoking and replacing serialise. */
export function lockLiveDelegationOf(
  db: Executor,
  delegatorId: string,
): Promise<DelegationRow | undefined> {
  return db
    .selectFrom('workflow_delegation')
    .selectAll()
    .where('delegator_id', '=', delegatorId)
    .where('ended_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Locks the given delegations in share mode and returns those that have ended: a
 * command that gave tasks away by them must not commit after they ended.
 */
export async function endedAmong(db: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('workflow_delegation')
    .select(['id', 'ended_at'])
    .where('id', 'in', ids)
    .orderBy('id')
    .forShare()
    .execute();
  return rows.filter((row) => row.ended_at !== null).map((row) => row.id);
}

export async function insertDelegation(
  db: Executor,
  row: Omit<DelegationRow, 'revoked_at' | 'ended_at'>,
): Promise<void> {
  await db
    .insertInto('workflow_delegation')
    .values({ ...row, revoked_at: null, ended_at: null })
    .execute();
}

/** Ends a delegation (revoked now, replaced, or expired at its `until`). */
export async function endDelegation(
  db: Executor,
  id: string,
  endedAt: Date,
  revoked: boolean,
): Promise<void> {
  await db
    .updateTable('workflow_delegation')
    .set({ ended_at: endedAt, ...(revoked ? { revoked_at: endedAt } : {}) })
    .where('id', '=', id)
    .execute();
}

/**
 * The earliest live delegation whose `until` has passed, locked. Without `wait`,
 * ones another server is handling are skipped; with it, this waits for them and
 * re-checks, so an ended one is never handled twice.
 */
export async function lockNextExpired(
  db: Executor,
  now: Date,
  wait: boolean,
): Promise<DelegationRow | undefined> {
  const query = db
    .selectFrom('workflow_delegation')
    .selectAll()
    .where('ended_at', 'is', null)
    .where('ends_at', '<=', now)
    .orderBy('ends_at')
    .limit(1)
    .forUpdate();
  const row = await (wait ? query : query.skipLocked()).executeTakeFirst();
  return row && row.ended_at === null ? row : undefined;
}

/** When the next live delegation expires, for the sweep's time order. */
export async function nextExpiry(db: Executor, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('workflow_delegation')
    .select('ends_at')
    .where('ended_at', 'is', null)
    .where('ends_at', '<=', now)
    .orderBy('ends_at')
    .limit(1)
    .executeTakeFirst();
  return row?.ends_at ?? null;
}

/** Instances holding live tasks given away by a delegation, in id order (the lock order). */
export async function instancesHoldingDelegatedTasks(
  db: Executor,
  delegationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('workflow_task')
    .select('instance_id')
    .distinct()
    .where('delegation_id', '=', delegationId)
    .where('state', 'in', ['open', 'waiting'])
    .orderBy('instance_id')
    .execute();
  return rows.map((row) => row.instance_id);
}

/** My delegations, newest first, for the settings page. */
export function delegationsOf(db: Executor, personId: string): Promise<DelegationRow[]> {
  return db
    .selectFrom('workflow_delegation')
    .selectAll()
    .where((eb) => eb.or([eb('delegator_id', '=', personId), eb('delegate_id', '=', personId)]))
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}
