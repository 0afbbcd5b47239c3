import type { CcItem, Notification, Task, TimerRequest } from '@yuanwu/workflow-engine';
import type { Executor } from '../../db/database.ts';
import { pipelined } from '../../db/prepared.ts';

// Every write here is `pipelined`: a command's projections travel to PostgreSQL with its
// COMMIT, and a failure among them fails the command there (db/prepared.ts).

/** Upserts the task rows of an instance that are new or changed. */
export async function upsertTasks(
  db: Executor,
  instanceId: string,
  tasks: readonly Task[],
  nodeName: (nodeId: string) => string,
): Promise<void> {
  if (tasks.length === 0) return;
  await db
    .insertInto('workflow_task')
    .values(
      tasks.map((task) => ({
        id: task.id,
        instance_id: instanceId,
        node_id: task.node,
        node_name: nodeName(task.node),
        assignee_id: task.assignee,
        on_behalf_of: task.onBehalfOf,
        delegation_id: task.delegation,
        kind: task.kind,
        state: task.state,
        created_at: new Date(task.createdAt),
        due_at: task.dueAt === null ? null : new Date(task.dueAt),
        closed_at: task.closedAt === null ? null : new Date(task.closedAt),
        closed_by: task.closedBy,
      })),
    )
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        assignee_id: eb.ref('excluded.assignee_id'),
        on_behalf_of: eb.ref('excluded.on_behalf_of'),
        delegation_id: eb.ref('excluded.delegation_id'),
        state: eb.ref('excluded.state'),
        created_at: eb.ref('excluded.created_at'),
        due_at: eb.ref('excluded.due_at'),
        closed_at: eb.ref('excluded.closed_at'),
        closed_by: eb.ref('excluded.closed_by'),
      })),
    )
    .modifyEnd(pipelined)
    .execute();
}

/** Upserts the cc rows of an instance that are new or changed. */
export async function upsertCc(
  db: Executor,
  instanceId: string,
  items: readonly CcItem[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('workflow_cc')
    .values(
      items.map((item) => ({
        id: item.id,
        instance_id: instanceId,
        node_id: item.node,
        person_id: item.person,
        state: item.state,
        created_at: new Date(item.createdAt),
        read_at: item.readAt === null ? null : new Date(item.readAt),
      })),
    )
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        state: eb.ref('excluded.state'),
        read_at: eb.ref('excluded.read_at'),
      })),
    )
    .modifyEnd(pipelined)
    .execute();
}

/** Records notifications in-app; returns the rows written. */
export async function insertNotifications(
  db: Executor,
  rows: readonly (Notification & { id: string; createdAt: Date })[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('workflow_notification')
    .values(
      rows.map((row) => ({
        id: row.id,
        recipient_id: row.to,
        kind: row.kind,
        instance_id: row.instance,
        task_id: row.task ?? null,
        created_at: row.createdAt,
        read_at: null,
      })),
    )
    .modifyEnd(pipelined)
    .execute();
}

/** Schedules durable timers. */
export async function insertTimers(
  db: Executor,
  timers: readonly (TimerRequest & { id: string })[],
  now: Date,
): Promise<void> {
  if (timers.length === 0) return;
  await db
    .insertInto('workflow_timer')
    .values(
      timers.map((timer) => ({
        id: timer.id,
        instance_id: timer.instance,
        task_id: timer.task,
        due_at: new Date(timer.dueAt),
        created_at: now,
        fired_at: null,
      })),
    )
    .modifyEnd(pipelined)
    .execute();
}
