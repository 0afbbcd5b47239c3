import type { Actor } from './ports.ts';
import type { Task } from './state.ts';
import { refuse, type Tx } from './tx.ts';

/** A draft exists only for its initiator: anyone else acting on it is refused. */
export function requireVisible(tx: Tx, actor: Actor): void {
  if (tx.state.status === 'draft' && actor.id !== tx.state.initiator.id) {
    refuse('forbidden', '草稿仅发起人可见');
  }
}

export function requireInitiator(tx: Tx, actor: Actor): void {
  requireVisible(tx, actor);
  if (actor.id !== tx.state.initiator.id) refuse('forbidden', '只有发起人可以执行此操作');
}

export function requireAdmin(tx: Tx, actor: Actor): void {
  requireVisible(tx, actor);
  if (!actor.isAdmin) refuse('forbidden', '只有管理员可以执行此操作');
}

export function requireNotSuspended(tx: Tx): void {
  if (tx.state.status === 'suspended') refuse('suspended', '流程已挂起');
}

/**
 * The open task an actor decides on, with the README's precedence: never held a task
 * here (or acting on one given away by delegation) → forbidden; suspended → suspended;
 * nothing open now → conflict; several open and no `node` → validation.
 */
export function findMyTask(tx: Tx, actor: Actor, node: string | undefined): Task {
  requireVisible(tx, actor);
  const state = tx.state;
  const mine = state.tasks.filter((task) => task.state === 'open' && task.assignee === actor.id);
  if (!state.participants.includes(actor.id)) refuse('forbidden', '您不是该流程的审批人');
  if (
    mine.length === 0 &&
    state.tasks.some((t) => t.state === 'open' && t.onBehalfOf === actor.id)
  ) {
    refuse('forbidden', '该任务已委托他人办理');
  }
  requireNotSuspended(tx);
  if (state.status !== 'running') refuse('conflict', '流程已结束');
  if (node !== undefined && !tx.graph.nodes.has(node)) refuse('validation', `未知节点 ${node}`);
  const candidates = node === undefined ? mine : mine.filter((task) => task.node === node);
  if (candidates.length === 0) refuse('conflict', '您在此流程中没有待办任务');
  // `node` tells tasks apart; two of mine at one node (my own and a delegated one) cannot
  // be told apart by it, so my own is taken first.
  if (node === undefined && new Set(candidates.map((task) => task.node)).size > 1) {
    refuse('validation', '您在此流程中有多个待办任务，请指定节点');
  }
  const own = candidates.find((task) => task.onBehalfOf === null);
  return own ?? (candidates[0] as Task);
}
