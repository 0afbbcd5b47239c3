// Notifications (消息): the live event stream every feature may subscribe to, the bell, the page.
export type { LiveEventName, NotificationItem, NotificationKind, WorkCounts } from './api/types.ts';
export { useLiveEvent } from './hooks/useLiveEvent.ts';
export { notificationKeys, useLiveCounts, useMarkRead, useNotifications } from './hooks/queries.ts';
export { NotificationBell } from './components/NotificationBell.tsx';
export { NotificationRow, whenText } from './components/NotificationRow.tsx';
export { NotificationsScreen } from './components/NotificationsScreen.tsx';
export { notificationMessages } from './messages.ts';
