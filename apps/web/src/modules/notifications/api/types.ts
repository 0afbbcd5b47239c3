import type { NotificationKind, WorkflowCounts } from '@yuanwu/contracts';

/** Shapes of the notification API (docs/api-v1.md "Workflow"): shared with the server. */
export type { NotificationItem, NotificationKind, NotificationPage } from '@yuanwu/contracts';

export interface NotificationQuery {
  unread?: boolean;
  kind?: NotificationKind;
  page: number;
  pageSize: number;
}

/** The badge counts of `GET /workflow/counts`. */
export type WorkCounts = WorkflowCounts;

/** The events `GET /events` sends (server-sent events). */
export type LiveEventName = 'notification' | 'counts';
