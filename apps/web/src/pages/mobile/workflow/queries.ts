// The phone's workflow data: the desktop modules' API calls and query keys, so one cache
// serves both (an approval on the phone refreshes the same lists and badges the workbench shows).
import {
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  useMutation,
} from '@tanstack/react-query';
import type { NotificationPage } from '@yuanwu/contracts';
import { api } from '../../../app/api.ts';
import { startApi } from '../../../modules/catalogue/index.ts';
import {
  notificationKeys,
  useMarkRead as useMarkNotificationsRead,
} from '../../../modules/notifications/index.ts';
import {
  invalidateAfterAction,
  phrasesApi,
  useInstance as useWorkflowInstance,
  workflowApi,
  workflowKeys,
  type ActionRequest,
  type ListKind,
} from '../../../modules/workflow/index.ts';
import type { ActionName } from './types.ts';

export { useProcessForm } from '../../../modules/catalogue/index.ts';
export { newRequestId } from '../../../modules/workflow/index.ts';
/** The workflow module's keys; `all` refreshes every list, count and instance at once. */
export const mobileWorkflowKeys = workflowKeys;

const pageSize = 15;

/** Badge numbers, under the same key the desktop and the workbench read. */
export function useCounts() {
  return useQuery({
    queryKey: workflowKeys.counts,
    queryFn: workflowApi.counts,
    refetchInterval: 60_000,
  });
}

/** One of 待办/已办/我发起的/抄送我的, paged by the server, for infinite scroll. */
export function useInfiniteList(kind: ListKind, q: string) {
  return useInfiniteQuery({
    // Under the lists' key, so whatever refreshes the desktop lists refreshes these too.
    queryKey: [...workflowKeys.lists, kind, 'infinite', q] as const,
    queryFn: ({ pageParam }) => workflowApi.list(kind, { q, page: pageParam, pageSize }),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

export function useInstance(id: string, enabled = true) {
  return useWorkflowInstance(enabled && id !== '' ? id : undefined);
}

/** One action on an instance; refreshes the instance, the lists and the counts after. */
export function useInstanceAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body = {} }: { action: ActionName; body?: Record<string, unknown> }) =>
      // The phone's screens build each action's body; the server validates it.
      workflowApi.act(id, { action, body } as ActionRequest),
    onSettled: () => invalidateAfterAction(client, id),
  });
}

export function useProcesses(q: string) {
  return useQuery({
    queryKey: workflowKeys.processes(q),
    queryFn: () => workflowApi.processes(q || undefined),
    placeholderData: keepPreviousData,
  });
}

/** Starts (or saves as a draft) a request of a process. */
export function useStartInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof startApi.start>[0]) => startApi.start(body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: workflowKeys.all });
      // 最近发起 on the workbench.
      await client.invalidateQueries({ queryKey: ['workbench'] });
    },
  });
}

/** 常用意见 (the desktop's cache); an empty list when the workbench server is not there. */
export function usePhrases() {
  return useQuery({
    queryKey: workflowKeys.phrases,
    queryFn: phrasesApi.list,
    staleTime: 300_000,
    retry: false,
  });
}

/** 消息通知 for infinite scroll, under the notifications' key so live events refresh it. */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: [...notificationKeys.all, 'infinite'] as const,
    queryFn: ({ pageParam }) =>
      api.get<NotificationPage>('/workflow/notifications', { page: pageParam, pageSize: 20 }),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

/** Marks some or all read through the notifications module, which refreshes the badges. */
export function useMarkRead() {
  const mark = useMarkNotificationsRead();
  return {
    ...mark,
    mutate: (body: { ids: string[] } | { all: true }) =>
      mark.mutate('all' in body ? 'all' : body.ids),
  };
}
