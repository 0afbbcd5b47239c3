// The phone's workflow data: react-query over the workflow API (docs/api-v1.md "Workflow").
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type {
  ActionName,
  Counts,
  InstanceView,
  ListItem,
  ListKind,
  NotificationItem,
  Paged,
  Phrase,
  ProcessForm,
  ProcessSummary,
} from './types.ts';

const pageSize = 15;

/** A fresh idempotency key; randomUUID is missing on plain-http origins (some WeCom set-ups). */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // not a secure context
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keys under one root so any action can refresh every list and count at once. */
export const mobileWorkflowKeys = {
  all: ['workflow'] as const,
  counts: ['workflow', 'counts'] as const,
  list: (kind: ListKind, q: string) => ['workflow', 'list', kind, q] as const,
  instance: (id: string) => ['workflow', 'instance', id] as const,
  processes: (q: string) => ['workflow', 'processes', q] as const,
  form: (key: string) => ['workflow', 'process-form', key] as const,
  notifications: ['workflow', 'notifications'] as const,
  phrases: ['workbench', 'phrases'] as const,
};

export function useCounts() {
  return useQuery({
    queryKey: mobileWorkflowKeys.counts,
    queryFn: () => api.get<Counts>('/workflow/counts'),
    refetchInterval: 60_000,
  });
}

/** One of 待办/已办/我发起的/抄送我的, paged by the server, for infinite scroll. */
export function useInfiniteList(kind: ListKind, q: string) {
  return useInfiniteQuery<
    Paged<ListItem>,
    Error,
    InfiniteData<Paged<ListItem>>,
    readonly unknown[],
    number
  >({
    queryKey: mobileWorkflowKeys.list(kind, q),
    queryFn: ({ pageParam }) =>
      api.get<Paged<ListItem>>(`/workflow/${kind}`, { q, page: pageParam, pageSize }),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

export function useInstance(id: string, enabled = true) {
  return useQuery({
    queryKey: mobileWorkflowKeys.instance(id),
    queryFn: () => api.get<InstanceView>(`/workflow/instances/${id}`),
    enabled: enabled && id !== '',
  });
}

/** One action on an instance; refreshes the instance, the lists and the counts after. */
export function useInstanceAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ActionName; body?: Record<string, unknown> }) =>
      api.post<{ instance: { id: string; status: string } }>(
        `/workflow/instances/${id}/${action}`,
        { ...body, requestId: newRequestId() },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: mobileWorkflowKeys.all }),
  });
}

export function useProcesses(q: string) {
  return useQuery({
    queryKey: mobileWorkflowKeys.processes(q),
    queryFn: () => api.get<{ items: ProcessSummary[] }>('/workflow/processes', { q }),
    placeholderData: (previous) => previous,
  });
}

export function useProcessForm(key: string) {
  return useQuery({
    queryKey: mobileWorkflowKeys.form(key),
    queryFn: () => api.get<ProcessForm>(`/workflow/processes/${key}/form`),
  });
}

/** Starts (or saves as a draft) a request of a process. */
export function useStartInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { processKey: string; form: Record<string, unknown>; draft?: boolean }) =>
      api.post<{ instance: { id: string; status: string } }>('/workflow/instances', {
        ...body,
        requestId: newRequestId(),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: mobileWorkflowKeys.all }),
  });
}

/** 常用意见; an empty list when the workbench server is not there yet. */
export function usePhrases() {
  return useQuery({
    queryKey: mobileWorkflowKeys.phrases,
    queryFn: () => api.get<{ items: Phrase[] }>('/workbench/phrases'),
    staleTime: 300_000,
    retry: false,
  });
}

export function useNotifications() {
  return useInfiniteQuery<
    Paged<NotificationItem> & { unread: number },
    Error,
    InfiniteData<Paged<NotificationItem> & { unread: number }>,
    readonly unknown[],
    number
  >({
    queryKey: mobileWorkflowKeys.notifications,
    queryFn: ({ pageParam }) =>
      api.get<Paged<NotificationItem> & { unread: number }>('/workflow/notifications', {
        page: pageParam,
        pageSize: 20,
      }),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      api.post<{ updated: number }>('/workflow/notifications/read', body),
    onSuccess: () => client.invalidateQueries({ queryKey: mobileWorkflowKeys.all }),
  });
}
