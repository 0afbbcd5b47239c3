import { settleRun } from './approval-run.ts';
import { finishInstance } from './finish.ts';
import { runTokens } from './routing.ts';
import type { HistoryAction, Task } from './state.ts';
import { announce, assignmentFor, closeTask, createTask, isLive } from './tasks.ts';
import { addIsoDuration } from './duration.ts';
import { nowIso, type Tx } from './tx.ts';

/**
 * Approves one task (by its holder, or by `system` on a timeout): records it, opens any
 * after-signers, in `any` mode cancels the other members, brings a before-add-signer's
 * requester back, and lets the node pass when nobody else has to decide.
 */
export function approveTask(
  tx: Tx,
  task: Task,
  by: string,
  action: Extract<HistoryAction, 'approved' | 'timeout_approved'>,
  comment: string | null,
): void {
  closeTask(tx, task, 'approved', by);
  tx.state.history.push({
    node: task.node,
    person: by,
    action,
    comment,
    at: nowIso(tx),
    onBehalfOf: by === task.assignee ? task.onBehalfOf : null,
  });
  const run = tx.state.runs.find((candidate) => candidate.id === task.run);
  if (run === undefined) return;
  for (const person of task.afterSigners) {
    createTask(tx, run, assignmentFor(tx, person), { kind: 'after', parent: task.id });
  }
  if (task.kind === 'member' && run.mode === 'any') {
    for (const other of tx.state.tasks) {
      if (other.run === run.id && isLive(other) && other.parent !== task.id) {
        closeTask(tx, other, 'cancelled');
      }
    }
    run.queue = [];
  }
  if (task.kind === 'before') bringBackRequester(tx, task);
  settleRun(tx, run);
  runTokens(tx);
}

/** 加签 before: when every added person has approved, the requester's task comes back. */
function bringBackRequester(tx: Tx, added: Task): void {
  const stillDeciding = tx.state.tasks.some(
    (task) => task.kind === 'before' && task.parent === added.parent && isLive(task),
  );
  const requester = tx.state.tasks.find((task) => task.id === added.parent);
  if (stillDeciding || requester === undefined || requester.state !== 'waiting') return;
  const node = tx.graph.nodes.get(requester.node);
  const limit = node?.type === 'approval' ? node.timeLimit : undefined;
  requester.state = 'open';
  requester.createdAt = nowIso(tx);
  requester.dueAt = limit ? addIsoDuration(tx.now, limit).toISOString() : null;
  requester.timerFired = false;
  announce(tx, requester);
}

/** 驳回: one rejection ends the whole instance as rejected. */
export function rejectTask(tx: Tx, task: Task, by: string, comment: string | null): void {
  closeTask(tx, task, 'rejected', by);
  tx.state.history.push({
    node: task.node,
    person: by,
    action: 'rejected',
    comment,
    at: nowIso(tx),
    onBehalfOf: task.onBehalfOf,
  });
  finishInstance(tx, 'rejected');
}
