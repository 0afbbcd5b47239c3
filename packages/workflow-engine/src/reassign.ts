import { requireAdmin, requireNotSuspended } from './guards.ts';
import type { Actor } from './ports.ts';
import { assignmentFor, closeTask, createTask, isLive } from './tasks.ts';
import { nowIso, refuse, type Tx } from './tx.ts';

/**
 * 改派 (monitoring): an administrator moves one open task to another person, e.g. when
 * the assignee is away and has set no delegation. Like a transfer, the task keeps its
 * clock and after-signers, and the new person's own delegation applies; unlike one, the
 * history names the administrator and the person the task was taken from.
 */
export function reassignTask(
  tx: Tx,
  actor: Actor,
  taskId: string,
  to: string,
  comment: string | null,
): void {
  requireAdmin(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以改派');
  const task = tx.state.tasks.find((candidate) => candidate.id === taskId);
  if (task === undefined) refuse('not_found', '任务不存在');
  if (task.state !== 'open') refuse('conflict', '只有待办中的任务可以改派');
  if (!tx.env.org.personExists(to)) refuse('validation', `人员 ${to} 不存在`);
  const busy = tx.state.tasks.some(
    (other) => other.run === task.run && isLive(other) && other.assignee === to,
  );
  if (busy) refuse('validation', `${to} 已在办理此节点`);
  const run = tx.state.runs.find((candidate) => candidate.id === task.run);
  if (run === undefined) refuse('conflict', '当前任务不能改派');
  closeTask(tx, task, 'transferred', actor.id);
  tx.state.history.push({
    node: task.node,
    person: actor.id,
    action: 'reassigned',
    comment,
    at: nowIso(tx),
    targets: [to],
    from: task.assignee,
  });
  createTask(tx, run, assignmentFor(tx, to), {
    kind: task.kind,
    parent: task.parent,
    movedFrom: task,
  });
}
