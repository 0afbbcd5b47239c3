import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkflowNotificationKind } from '../../db/tables/workflow.ts';
import { listTotalCap } from './lists.repository.ts';

export interface NotificationFilter {
  unread?: boolean;
  kind?: WorkflowNotificationKind;
  page: number;
  pageSize: number;
}

/**
 * A person's notifications, newest first, with the instance's title, and their total (at
 * most `listTotalCap`, like the personal lists). The total reads only the person's
 * notifications: every one belongs to an instance (a foreign key), so the join that gives
 * the title cannot drop any. A page that is not full gives its own total.
 */
export async function notificationsOf(db: Executor, personId: string, filter: NotificationFilter) {
  let mine = db
    .selectFrom('workflow_notification')
    .where('workflow_notification.recipient_id', '=', personId);
  if (filter.unread === true) mine = mine.where('workflow_notification.read_at', 'is', null);
  if (filter.unread === false) mine = mine.where('workflow_notification.read_at', 'is not', null);
  if (filter.kind) mine = mine.where('workflow_notification.kind', '=', filter.kind);
  const offset = (filter.page - 1) * filter.pageSize;
  const rows = await mine
    .innerJoin('workflow_instance', 'workflow_instance.id', 'workflow_notification.instance_id')
    .select([
      'workflow_notification.id',
      'workflow_notification.kind',
      'workflow_notification.instance_id',
      'workflow_notification.task_id',
      'workflow_notification.created_at',
      'workflow_notification.read_at',
      'workflow_instance.title',
      'workflow_instance.process_key',
    ])
    .orderBy('workflow_notification.created_at', 'desc')
    .orderBy('workflow_notification.id')
    .limit(filter.pageSize)
    .offset(offset)
    .execute();
  if (rows.length < filter.pageSize && (rows.length > 0 || offset === 0)) {
    return { rows, total: offset + rows.length, totalCapped: false };
  }
  const counted = await db
    .selectFrom(
      mine
        .select(sql.lit(1).as('one'))
        .limit(listTotalCap + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const total = Number(counted.count);
  return { rows, total: Math.min(total, listTotalCap), totalCapped: total > listTotalCap };
}

export async function unreadCount(db: Executor, personId: string): Promise<number> {
  const row = await db
    .selectFrom('workflow_notification')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('recipient_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks my notifications read (the given ones, or all); returns how many changed. */
export async function markRead(
  db: Executor,
  personId: string,
  ids: readonly string[] | 'all',
  at: Date,
): Promise<number> {
  let query = db
    .updateTable('workflow_notification')
    .set({ read_at: at })
    .where('recipient_id', '=', personId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
