import { isUuid } from '@yuanwu/kernel';
import type { InstanceState } from '@yuanwu/workflow-engine';
import type { Selectable } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { pipelined } from '../../db/prepared.ts';
import type { WorkflowInstanceTable } from '../../db/tables/workflow.ts';

export type InstanceRow = Omit<Selectable<WorkflowInstanceTable>, 'state'> & {
  state: InstanceState;
};

/** The columns projected from the state (everything but id and the timestamps of the row). */
export interface InstanceColumns {
  processKey: string;
  definitionId: string;
  version: number;
  title: string;
  initiatorId: string;
  departmentId: string | null;
  state: InstanceState;
  now: Date;
}

function asRow(row: Selectable<WorkflowInstanceTable> | undefined): InstanceRow | undefined {
  return row ? { ...row, state: row.state as InstanceState } : undefined;
}

/**
 * The instance row locked for this transaction (`SELECT … FOR UPDATE`): every
 * command on one instance runs after the previous one committed and sees its
 * state (SECURITY.md 34). Unknown or malformed ids are simply not found.
 */
export async function lockInstance(db: Executor, id: string): Promise<InstanceRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = (await lockedInstanceQuery.execute(db, { id })).rows;
  return asRow(row);
}

// Every command and every instance page: built and compiled once (db/compiled-once.ts).
const liveInstance = (db: Executor, id: string) =>
  db
    .selectFrom('workflow_instance')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null);
const lockedInstanceQuery = compiledOnce((db, values: { id: string }) =>
  liveInstance(db, values.id).forUpdate(),
);
const instanceQuery = compiledOnce((db, values: { id: string }) => liveInstance(db, values.id));

/** Locks an instance unless another transaction holds it (for the sweeper). */
export async function tryLockInstance(db: Executor, id: string): Promise<InstanceRow | undefined> {
  const row = await db
    .selectFrom('workflow_instance')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return asRow(row);
}

/** Reads an instance without locking (views). */
export async function findInstance(db: Executor, id: string): Promise<InstanceRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = (await instanceQuery.execute(db, { id })).rows;
  return asRow(row);
}

function stateColumns(columns: InstanceColumns) {
  const { state } = columns;
  return {
    process_key: columns.processKey,
    definition_id: columns.definitionId,
    version: columns.version,
    title: columns.title,
    initiator_id: columns.initiatorId,
    department_id: columns.departmentId,
    status: state.status,
    state: JSON.stringify(state),
    submitted_at: state.submittedAt === null ? null : new Date(state.submittedAt),
    ended_at: state.endedAt === null ? null : new Date(state.endedAt),
    updated_at: columns.now,
  };
}

export async function insertInstance(db: Executor, columns: InstanceColumns): Promise<void> {
  await db
    .insertInto('workflow_instance')
    .values({
      id: columns.state.id,
      ...stateColumns(columns),
      created_at: new Date(columns.state.createdAt),
      deleted_at: null,
    })
    .modifyEnd(pipelined)
    .execute();
}

/**
 * Writes the new state and its projected columns and counts the revision up. The caller
 * holds the row's lock (`lockInstance`), so the new revision is the one it read plus one.
 */
export async function updateInstance(db: Executor, columns: InstanceColumns): Promise<void> {
  await db
    .updateTable('workflow_instance')
    .set((eb) => ({ ...stateColumns(columns), revision: eb('revision', '+', 1) }))
    .where('id', '=', columns.state.id)
    .modifyEnd(pipelined)
    .execute();
}

/** Soft-deletes an instance (a discarded draft); its row and audit trail stay. */
export async function softDeleteInstance(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('workflow_instance')
    .set({ deleted_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
}
