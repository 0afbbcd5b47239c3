import type { Executor } from '../../db/database.ts';
import type { WorkflowNotificationKind } from '../../db/tables/workflow.ts';

export interface NotificationFilter {
  unread?: boolean;
  kind?: WorkflowNotificationKind;
  page: number;
  pageSize: number;
}

/** A person's notifications, newest first, with the instance's title. */
export async function notificationsOf(db: Executor, personId: string, filter: NotificationFilter) {
  let query = db
    .selectFrom('workflow_notification')
    .innerJoin('workflow_instance', 'workflow_instance.id', 'workflow_notification.instance_id')
    .where('workflow_notification.recipient_id', '=', personId);
  if (filter.unread === true) query = query.where('workflow_notification.read_at', 'is', null);
  if (filter.unread === false) query = query.where('workflow_notification.read_at', 'is not', null);
  if (filter.kind) query = query.where('workflow_notification.kind', '=', filter.kind);
  const [rows, total] = await Promise.all([
    query
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
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
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
