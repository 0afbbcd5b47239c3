import { resolveAssignees } from './assignees.ts';
import type { NotifyNode } from './definition.ts';
import { notify, nowIso, type Tx } from './tx.ts';

/** 抄送: one unread item per person, never blocking; nobody resolved means nothing happens. */
export function enterNotify(tx: Tx, node: NotifyNode): void {
  for (const person of resolveAssignees(tx, node.assignee)) {
    tx.state.cc.push({
      id: tx.env.newId(),
      node: node.id,
      person,
      state: 'unread',
      createdAt: nowIso(tx),
      readAt: null,
    });
    notify(tx, person, 'cc');
  }
}
