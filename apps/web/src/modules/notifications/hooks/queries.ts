import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../api/notifications.api.ts';
import type { NotificationQuery } from '../api/types.ts';
import { useLiveEvent } from './useLiveEvent.ts';

/** Query keys of notifications and badge counts, so live events can refresh them. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: NotificationQuery) => ['notifications', 'list', query] as const,
  // The same key as the task screens' counts, so one refetch serves both.
  counts: ['workflow', 'counts'] as const,
  workLists: ['workflow', 'list'] as const,
};

/** Refetches notifications and counts whenever the server says something changed. */
function useLiveRefresh(): void {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: notificationKeys.all });
    void client.invalidateQueries({ queryKey: notificationKeys.counts });
    void client.invalidateQueries({ queryKey: notificationKeys.workLists });
  };
  useLiveEvent('counts', refresh);
  useLiveEvent('notification', refresh);
}

/** A page of my notifications, kept fresh by live events. */
export function useNotifications(query: NotificationQuery) {
  useLiveRefresh();
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: () => notificationsApi.list(query),
    placeholderData: (previous) => previous,
  });
}

/** 待办 / 抄送未读 / 草稿 / 进行中 / 未读消息, refetched on every live `counts` event. */
export function useLiveCounts() {
  useLiveRefresh();
  return useQuery({ queryKey: notificationKeys.counts, queryFn: notificationsApi.counts });
}

/** Marks notifications read (some, or all) and refreshes what shows them. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | 'all') =>
      ids === 'all' ? notificationsApi.markAllRead() : notificationsApi.markRead(ids),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: notificationKeys.all });
      void client.invalidateQueries({ queryKey: notificationKeys.counts });
    },
  });
}
