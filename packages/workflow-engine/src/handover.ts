import type { Actor } from './ports.ts';
import type { Task } from './state.ts';
import { assignmentFor, closeTask, createTask, isLive } from './tasks.ts';
import { nowIso, refuse, type Tx } from './tx.ts';

/** Checks the people a task is handed to: known, not the actor, not already deciding here. */
function checkRecipients(tx: Tx, task: Task, actor: Actor, people: string[]): void {
  if (people.length === 0) refuse('validation', '请选择人员');
  if (new Set(people).size !== people.length) refuse('validation', '人员重复');
  for (const person of people) {
    if (!tx.env.org.personExists(person)) refuse('validation', `人员 ${person} 不存在`);
    if (person === actor.id) refuse('validation', '不能选择自己');
    const busy = tx.state.tasks.some(
      (other) => other.run === task.run && isLive(other) && other.assignee === person,
    );
    if (busy) refuse('validation', `${person} 已在办理此节点`);
  }
}

/** 转办: the task moves to someone else (their delegation applies); I no longer hold it. */
export function transferTask(tx: Tx, task: Task, actor: Actor, to: string, comment: string | null) {
  checkRecipients(tx, task, actor, [to]);
  const run = tx.state.runs.find((candidate) => candidate.id === task.run);
  if (run === undefined) refuse('conflict', '当前任务不能转办');
  closeTask(tx, task, 'transferred', actor.id);
  tx.state.history.push({
    node: task.node,
    person: actor.id,
    action: 'transferred',
    comment,
    at: nowIso(tx),
    onBehalfOf: task.onBehalfOf,
    targets: [to],
  });
  createTask(tx, run, assignmentFor(tx, to), {
    kind: task.kind,
    parent: task.parent,
    movedFrom: task,
  });
}

/**
 * 加签. `before`: the added people approve first (all at once), then my task comes back.
 * `after`: when I approve, they must all approve before the node passes. Only a member
 * of the node may add-sign; an added person trying it is refused.
 */
export function addSign(
  tx: Tx,
  task: Task,
  actor: Actor,
  people: string[],
  position: 'before' | 'after',
  comment: string | null,
): void {
  if (task.kind !== 'member') refuse('forbidden', '加签人不能再加签');
  checkRecipients(tx, task, actor, people);
  if (position === 'after' && people.some((person) => task.afterSigners.includes(person))) {
    refuse('validation', '人员已在加签名单中');
  }
  tx.state.history.push({
    node: task.node,
    person: actor.id,
    action: 'add_signed',
    comment,
    at: nowIso(tx),
    onBehalfOf: task.onBehalfOf,
    targets: [...people],
  });
  if (position === 'after') {
    task.afterSigners.push(...people);
    return;
  }
  const run = tx.state.runs.find((candidate) => candidate.id === task.run);
  if (run === undefined) refuse('conflict', '当前任务不能加签');
  task.state = 'waiting';
  for (const person of people) {
    createTask(tx, run, assignmentFor(tx, person), { kind: 'before', parent: task.id });
  }
}
