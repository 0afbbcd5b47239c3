import type { WorkflowNotificationKind } from '../../db/tables/workflow.ts';

/** A notification as it was recorded (and shown in-app). */
export interface DeliveredNotification {
  id: string;
  recipientId: string;
  kind: WorkflowNotificationKind;
  instanceId: string;
  instanceTitle: string;
  taskId: string | null;
  createdAt: Date;
}

/**
 * A way to reach people beyond the in-app list (e-mail, SMS, WeCom). In-app
 * delivery is the record itself, written in the action's transaction; channels
 * are called after the commit, so a slow or failing channel never undoes or
 * delays an approval. A channel must tolerate receiving a notification twice.
 */
export interface NotificationChannel {
  name: string;
  deliver(notification: DeliveredNotification): Promise<void>;
}

/** Hands committed notifications to every channel; failures are logged, never thrown. */
export function createNotificationDispatcher(
  channels: readonly NotificationChannel[],
  log: { warn(details: object, message: string): void },
) {
  return {
    dispatch(notifications: readonly DeliveredNotification[]): void {
      for (const channel of channels) {
        for (const notification of notifications) {
          channel.deliver(notification).catch((error: unknown) => {
            log.warn({ err: error, channel: channel.name, id: notification.id }, 'delivery failed');
          });
        }
      }
    },
  };
}

export type NotificationDispatcher = ReturnType<typeof createNotificationDispatcher>;
