import { newToken } from './movement.ts';
import { runTokens } from './routing.ts';
import type { PathEntry, Task, Token } from './state.ts';
import { clearActivity, closeTask } from './tasks.ts';
import { nowIso, refuse, type Tx } from './tx.ts';

/**
 * 退回: back to a node this token's path has passed (default: the last approval node
 * completed on it, or start). Every open task is cancelled; the target runs again with
 * freshly resolved people; a return to start waits for the initiator's resubmit.
 * Sibling branches of a split the target lies inside are not skipped: one that had
 * arrived at its join stays arrived, one still under way runs again at the node where
 * it stood (fresh tasks, like the target), so the join still waits for every branch.
 */
export function returnTask(
  tx: Tx,
  task: Task,
  by: string,
  to: string | undefined,
  comment: string | null,
): void {
  const run = tx.state.runs.find((candidate) => candidate.id === task.run);
  const token = tx.state.tokens.find((candidate) => candidate.id === run?.token);
  if (token === undefined) refuse('conflict', '当前任务不能退回');
  const target = to === 'start' ? tx.graph.start : to;
  const index =
    target === undefined ? defaultTarget(token.path) : explicitTarget(token.path, target);
  const entry = token.path[index];
  if (entry === undefined || 'join' in entry) refuse('validation', '退回目标不正确');
  closeTask(tx, task, 'returned', by);
  tx.state.history.push({
    node: task.node,
    person: by,
    action: 'returned',
    comment,
    at: nowIso(tx),
    onBehalfOf: task.onBehalfOf,
    targets: [entry.node],
  });
  const from = { node: token.node, frames: [...token.frames], path: structuredClone(token.path) };
  const siblings = siblingBranches(tx, token, entry.node, entry.frames);
  clearActivity(tx);
  if (entry.node === tx.graph.start) {
    tx.state.awaitingResubmit = { reason: 'returned', from };
    return;
  }
  newToken(tx, entry.node, [...entry.frames], structuredClone(token.path.slice(0, index)));
  for (const sibling of siblings) {
    if (sibling.state === 'parked') tx.state.tokens.push(sibling);
    else newToken(tx, sibling.node, sibling.frames, sibling.path);
  }
  runTokens(tx);
}

/**
 * The other tokens inside a split activation that the return target lies inside, except
 * those the target will reach again by itself (they belong to the re-run part).
 */
function siblingBranches(tx: Tx, returning: Token, target: string, frames: string[]): Token[] {
  const shared = new Set(frames);
  return tx.state.tokens
    .filter(
      (other) =>
        other.id !== returning.id &&
        other.frames.some((frame) => shared.has(frame)) &&
        ((other.state === 'parked' && shared.has(other.activation ?? '')) ||
          !tx.graph.canReach(target, other.node)),
    )
    .map((other) => structuredClone(other));
}

/** The approval node completed most recently on this path; after a merge, `to` is required. */
function defaultTarget(path: PathEntry[]): number {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const entry = path[index];
    if (entry === undefined) break;
    if ('join' in entry) refuse('validation', '分支汇合后退回必须指定退回节点');
    if (entry.skipped !== true) return index;
  }
  return 0;
}

function explicitTarget(path: PathEntry[], to: string): number {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const entry = path[index];
    if (entry !== undefined && !('join' in entry) && entry.node === to) return index;
  }
  return refuse('validation', `流程未经过节点 ${to}，或该节点所在分支已汇合`);
}
