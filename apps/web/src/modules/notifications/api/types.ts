/** What a notification is about (消息类型). */
export type NotificationKind = 'task' | 'cc' | 'urge' | 'timeout' | 'result';

/** One in-app notification of the signed-in person. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  instanceId: string;
  instanceTitle: string;
  processKey: string;
  taskId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A page of notifications plus how many are unread in all. */
export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationQuery {
  unread?: boolean;
  kind?: NotificationKind;
  page: number;
  pageSize: number;
}

/** The badge counts of `GET /workflow/counts`. */
export interface WorkCounts {
  todo: number;
  ccUnread: number;
  drafts: number;
  running: number;
  notifications: number;
}

/** The events `GET /events` sends (server-sent events). */
export type LiveEventName = 'notification' | 'counts';
