import { addIsoDuration } from './duration.ts';
import type { ApprovalRun, Task } from './state.ts';
import { notify, nowIso, type Tx } from './tx.ts';

/** Who actually gets a task meant for `person`: their delegate while a delegation is active. */
export interface Assignment {
  assignee: string;
  onBehalfOf: string | null;
  delegation: string | null;
}

/** Applies 授权代理 once: a task received by delegation is never delegated again. */
export function assignmentFor(tx: Tx, person: string): Assignment {
  const delegation = tx.env.delegations.activeDelegation(person, tx.state.processKey, tx.now);
  if (delegation === null || delegation.to === person) {
    return { assignee: person, onBehalfOf: null, delegation: null };
  }
  return { assignee: delegation.to, onBehalfOf: person, delegation: delegation.id };
}

export interface NewTask {
  kind: Task['kind'];
  parent?: string | null;
  /** A task that moves (transfer, reclaim) keeps its clock and its after-signers. */
  movedFrom?: Task;
  /** Create it already decided (dedupe): no notification, no timer. */
  closed?: { by: string };
}

/** Creates a task at `run`'s node for an assignment; notifies and schedules its timer. */
export function createTask(tx: Tx, run: ApprovalRun, to: Assignment, options: NewTask): Task {
  const node = tx.graph.nodes.get(run.node);
  const limit = node?.type === 'approval' ? node.timeLimit : undefined;
  const moved = options.movedFrom;
  const task: Task = {
    id: tx.env.newId(),
    run: run.id,
    node: run.node,
    assignee: to.assignee,
    onBehalfOf: to.onBehalfOf,
    delegation: to.delegation,
    kind: options.kind,
    parent: options.parent ?? null,
    state: options.closed ? 'approved' : 'open',
    createdAt: nowIso(tx),
    dueAt: moved ? moved.dueAt : limit ? addIsoDuration(tx.now, limit).toISOString() : null,
    timerFired: moved ? moved.timerFired : false,
    afterSigners: moved ? [...moved.afterSigners] : [],
    closedAt: options.closed ? nowIso(tx) : null,
    closedBy: options.closed ? options.closed.by : null,
  };
  tx.state.tasks.push(task);
  if (!tx.state.participants.includes(task.assignee)) tx.state.participants.push(task.assignee);
  if (!options.closed) announce(tx, task);
  return task;
}

/** Tells the holder about an (re)opened task and asks the server for its timer. */
export function announce(tx: Tx, task: Task): void {
  notify(tx, task.assignee, 'task', task.id);
  requestTimer(tx, task);
}

/** Asks the server for a durable job at the task's due time, while its timer is pending. */
export function requestTimer(tx: Tx, task: Task): void {
  if (task.dueAt !== null && !task.timerFired) {
    tx.effects.timers.push({ instance: tx.state.id, task: task.id, dueAt: task.dueAt });
  }
}

/** Closes a task that nobody decided (cancelled, transferred, taken back). */
export function closeTask(
  tx: Tx,
  task: Task,
  state: Task['state'],
  by: string | null = null,
): void {
  task.state = state;
  task.closedAt = nowIso(tx);
  task.closedBy = by;
}

export const isLive = (task: Task) => task.state === 'open' || task.state === 'waiting';

/** The live tasks of a run. */
export function liveTasksOf(tx: Tx, runId: string): Task[] {
  return tx.state.tasks.filter((task) => task.run === runId && isLive(task));
}

/** Cancels every live task and run and removes every token: the instance stands still. */
export function clearActivity(tx: Tx): void {
  for (const task of tx.state.tasks) if (isLive(task)) closeTask(tx, task, 'cancelled');
  for (const run of tx.state.runs) if (run.state === 'open') run.state = 'cancelled';
  tx.state.tokens = [];
}
