import { resolveAssignees } from './assignees.ts';
import type { ApprovalNode } from './definition.ts';
import { moveOn } from './movement.ts';
import type { ApprovalRun, Token } from './state.ts';
import { assignmentFor, createTask, liveTasksOf, type Assignment } from './tasks.ts';
import { adminId, nextId, nowIso, refuse, type Tx } from './tx.ts';

/**
 * A token reaches an approval node: resolve its people, apply `ifEmpty`, open the
 * tasks its mode asks for (or pass at once when nobody needs to decide).
 */
export function enterApproval(tx: Tx, token: Token, node: ApprovalNode): void {
  let people = resolveAssignees(tx, node.assignee);
  if (people.length === 0) {
    const ifEmpty = node.ifEmpty ?? 'error';
    if (ifEmpty === 'error') refuse('no_assignee', `节点「${node.name ?? node.id}」找不到审批人`);
    if (ifEmpty === 'skip') {
      record(tx, node.id, 'skipped');
      passNode(tx, token, true);
      return;
    }
    people = [adminId(tx)];
  }
  const mode = node.mode ?? (people.length === 1 ? 'any' : 'all');
  const run: ApprovalRun = {
    id: nextId(tx, 'r'),
    node: node.id,
    token: token.id,
    mode,
    queue: mode === 'sequence' ? people.slice(1) : [],
    state: 'open',
  };
  tx.state.runs.push(run);
  token.state = 'waiting';
  const first = mode === 'sequence' ? people.slice(0, 1) : people;
  const assignments = first.map((person) => assignmentFor(tx, person));
  const deduped = assignments.find((to) => alreadyApproved(tx, node.id, to));
  if (mode === 'any' && deduped) autoApprove(tx, run, deduped);
  else for (const to of assignments) openMember(tx, run, to);
  settleRun(tx, run);
}

/** `dedupe`: the person has already approved another node of this instance. */
function alreadyApproved(tx: Tx, nodeId: string, to: Assignment): boolean {
  if (tx.definition.dedupe !== true) return false;
  return tx.state.history.some(
    (entry) => entry.action === 'approved' && entry.person === to.assignee && entry.node !== nodeId,
  );
}

function openMember(tx: Tx, run: ApprovalRun, to: Assignment): void {
  if (alreadyApproved(tx, run.node, to)) autoApprove(tx, run, to);
  else createTask(tx, run, to, { kind: 'member' });
}

function autoApprove(tx: Tx, run: ApprovalRun, to: Assignment): void {
  createTask(tx, run, to, { kind: 'member', closed: { by: 'system' } });
  record(tx, run.node, 'auto_approved');
}

function record(tx: Tx, node: string, action: 'skipped' | 'auto_approved'): void {
  tx.state.history.push({ node, person: 'system', action, comment: null, at: nowIso(tx) });
}

/**
 * After any change to a run's tasks: while someone still has to decide, wait; in
 * `sequence` mode open the next person's task; otherwise the node is passed.
 */
export function settleRun(tx: Tx, run: ApprovalRun): void {
  while (run.state === 'open' && liveTasksOf(tx, run.id).length === 0) {
    const next = run.queue.shift();
    if (next === undefined) {
      run.state = 'passed';
      const token = tx.state.tokens.find((candidate) => candidate.id === run.token);
      if (token) passNode(tx, token, false);
      return;
    }
    openMember(tx, run, assignmentFor(tx, next));
  }
}

/** The token leaves a passed approval node, remembering it on its path for `return`. */
function passNode(tx: Tx, token: Token, skipped: boolean): void {
  const entry = skipped
    ? { node: token.node, frames: [...token.frames], skipped: true }
    : { node: token.node, frames: [...token.frames] };
  token.path.push(entry);
  moveOn(tx, token);
}
