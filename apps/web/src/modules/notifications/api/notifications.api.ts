import { api } from '../../../app/api.ts';
import type { NotificationPage, NotificationQuery, WorkCounts } from './types.ts';

/** The calls behind the bell, the notification page and the badge counts. */
export const notificationsApi = {
  list: (query: NotificationQuery) =>
    api.get<NotificationPage>('/workflow/notifications', { ...query }),
  markRead: (ids: string[]) =>
    api.post<{ updated: number }>('/workflow/notifications/read', { ids }),
  markAllRead: () => api.post<{ updated: number }>('/workflow/notifications/read', { all: true }),
  counts: () => api.get<WorkCounts>('/workflow/counts'),
};
