import { NotificationsScreen } from '../../../modules/notifications/index.ts';

/** 消息通知: every signed-in person's notifications. */
export function NotificationsPage() {
  return <NotificationsScreen />;
}
