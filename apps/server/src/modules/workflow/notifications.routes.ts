import type { NotificationPage } from '@yuanwu/contracts';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { notificationsQuery, readNotificationsBody } from './notifications.schema.ts';
import { myNotifications, readNotifications } from './notifications.service.ts';

/** My in-app notifications (消息) and marking them read. */
export function registerNotificationRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    '/api/v1/workflow/notifications',
    { config: { access: 'authenticated' }, schema: { querystring: notificationsQuery } },
    async (request): Promise<NotificationPage> => {
      const query = request.query;
      const found = await inRequestTransaction(request, deps, (ctx) => myNotifications(ctx, query));
      return {
        items: found.rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          instanceId: row.instance_id,
          instanceTitle: row.title,
          processKey: row.process_key,
          taskId: row.task_id,
          createdAt: row.created_at.toISOString(),
          readAt: row.read_at?.toISOString() ?? null,
        })),
        total: found.total,
        totalCapped: found.totalCapped,
        unread: found.unread,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.post(
    '/api/v1/workflow/notifications/read',
    {
      config: { access: 'authenticated', auditAction: 'workflow.notification.read' },
      schema: { body: readNotificationsBody },
    },
    async (request) => {
      const body = request.body;
      const updated = await inRequestTransaction(request, deps, (ctx) =>
        readNotifications(ctx, 'ids' in body ? body.ids : 'all'),
      );
      return { updated };
    },
  );
}
