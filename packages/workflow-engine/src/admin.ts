import { finishInstance } from './finish.ts';
import { requireAdmin, requireNotSuspended } from './guards.ts';
import { newToken } from './movement.ts';
import type { Actor } from './ports.ts';
import { runTokens } from './routing.ts';
import type { PathEntry } from './state.ts';
import { clearActivity, requestTimer } from './tasks.ts';
import { fireTimers } from './timers.ts';
import { nowIso, refuse, type Tx } from './tx.ts';

/** 挂起: tasks stay but nobody can act, and timers wait. */
export function suspend(tx: Tx, actor: Actor): void {
  requireAdmin(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以挂起');
  tx.state.status = 'suspended';
  tx.state.suspendedAt = nowIso(tx);
}

/**
 * 恢复: timers that fell due while suspended fire now, and every pending timer is asked
 * for again (the server may have dropped jobs that fired while the instance waited).
 */
export function resume(tx: Tx, actor: Actor): void {
  requireAdmin(tx, actor);
  if (tx.state.status !== 'suspended') refuse('conflict', '流程未挂起');
  tx.state.status = 'running';
  tx.state.suspendedAt = null;
  fireTimers(tx, tx.now, tx.now);
  for (const task of tx.state.tasks) if (task.state === 'open') requestTimer(tx, task);
}

/** 终止: ends the instance at once; history records it at the end node. */
export function terminate(tx: Tx, actor: Actor, comment: string | null): void {
  requireAdmin(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以终止');
  const end = tx.definition.nodes.find((node) => node.type === 'end');
  tx.state.history.push({
    node: end?.id ?? 'end',
    person: actor.id,
    action: 'terminated',
    comment,
    at: nowIso(tx),
  });
  finishInstance(tx, 'terminated');
}

/** 跳转: cancels every open task and activates `to` (its people resolved afresh). */
export function jump(tx: Tx, actor: Actor, to: string, comment: string | null): void {
  requireAdmin(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以跳转');
  const node = tx.graph.nodes.get(to);
  if (node === undefined || node.type === 'start') refuse('validation', `不能跳转到节点 ${to}`);
  const path = currentPath(tx);
  clearActivity(tx);
  tx.state.awaitingResubmit = null;
  tx.state.history.push({ node: to, person: actor.id, action: 'jumped', comment, at: nowIso(tx) });
  newToken(tx, to, [], path);
  runTokens(tx);
}

/** The path a jumped-to node continues: that of the first waiting branch, else just start. */
function currentPath(tx: Tx): PathEntry[] {
  const waiting = tx.state.tokens.find((token) => token.state === 'waiting');
  if (waiting) return structuredClone(waiting.path);
  return [{ node: tx.graph.start, frames: [] }];
}
