import { approveTask } from './decide.ts';
import { adminId, attempt, notify, type Tx } from './tx.ts';

/**
 * Fires every task timer due by `until`, earliest first, each at its own due time (or at
 * `floor` when later, e.g. the moment of resume), so tasks a timer creates count from
 * that moment. `remind` notifies once; `autoApprove` approves as `system` unless that
 * cannot proceed, in which case the task stays open and admin is told.
 */
export function fireTimers(tx: Tx, until: Date, floor: Date | null): void {
  const commandTime = tx.now;
  for (;;) {
    if (tx.state.status !== 'running') break;
    const due = tx.state.tasks
      .filter((task) => task.state === 'open' && !task.timerFired && task.dueAt !== null)
      .filter((task) => Date.parse(task.dueAt ?? '') <= until.getTime())
      .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
    const task = due[0];
    if (task === undefined) break;
    const dueAt = new Date(task.dueAt ?? '');
    tx.now = floor !== null && floor > dueAt ? floor : dueAt;
    task.timerFired = true;
    const node = tx.graph.nodes.get(task.node);
    const onTimeout = node?.type === 'approval' ? node.onTimeout : undefined;
    if (onTimeout === 'remind') notify(tx, task.assignee, 'timeout', task.id);
    if (onTimeout === 'autoApprove') {
      const failure = attempt(tx, () => approveTask(tx, task, 'system', 'timeout_approved', null));
      if (failure !== null) notify(tx, adminId(tx), 'timeout', task.id);
    }
  }
  tx.now = commandTime;
}
