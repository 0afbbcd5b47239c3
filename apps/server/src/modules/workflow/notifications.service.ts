import { AppError, fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { markRead, notificationsOf, type NotificationFilter } from './notifications.repository.ts';

function personOf(ctx: ServiceContext): string {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  if (!ctx.actor.personId) throw fail.forbidden('没有对应人员的账号没有通知');
  return ctx.actor.personId;
}

/** My in-app notifications (消息), newest first, and how many are unread. */
export async function myNotifications(ctx: ServiceContext, filter: NotificationFilter) {
  return notificationsOf(ctx.trx, personOf(ctx), filter);
}

/** Marks some (or all) of my notifications read. */
export async function readNotifications(
  ctx: ServiceContext,
  ids: readonly string[] | 'all',
): Promise<number> {
  const personId = personOf(ctx);
  const updated = await markRead(ctx.trx, personId, ids, ctx.now);
  await ctx.audit({
    action: 'workflow.notification.read',
    targetType: 'workflow_notification',
    targetId: ids === 'all' || ids.length !== 1 ? null : (ids[0] ?? null),
    summary: { updated, all: ids === 'all' },
  });
  return updated;
}
