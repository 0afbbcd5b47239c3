import { requireInitiator, requireNotSuspended, requireVisible } from './guards.ts';
import type { Actor } from './ports.ts';
import { notify, nowIso, refuse, type Tx } from './tx.ts';

/** 催办: every current assignee is reminded once more. */
export function urge(tx: Tx, actor: Actor): void {
  requireInitiator(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以催办');
  const open = tx.state.tasks.filter((task) => task.state === 'open');
  if (open.length === 0) refuse('conflict', '当前没有待办任务');
  for (const task of open) notify(tx, task.assignee, 'urge', task.id);
}

/** Marks my cc items of this instance read; allowed in any status, even suspended. */
export function readCc(tx: Tx, actor: Actor): void {
  requireVisible(tx, actor);
  const mine = tx.state.cc.filter((item) => item.person === actor.id);
  if (mine.length === 0) refuse('forbidden', '您没有此流程的抄送');
  for (const item of mine) {
    if (item.state === 'unread') {
      item.state = 'read';
      item.readAt = nowIso(tx);
    }
  }
}
