import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { workflowApi } from '../api/workflow.api.ts';
import type { ListQuery, ListSource } from '../api/types.ts';

/** Query keys of the task screens, so an action can refresh what it changed. */
export const workflowKeys = {
  all: ['workflow'] as const,
  instances: ['workflow', 'instance'] as const,
  instance: (id: string) => ['workflow', 'instance', id] as const,
  lists: ['workflow', 'list'] as const,
  list: (kind: ListSource, query: ListQuery) => ['workflow', 'list', kind, query] as const,
  counts: ['workflow', 'counts'] as const,
  processes: (q: string) => ['workflow', 'processes', q] as const,
  phrases: ['workflow', 'phrases'] as const,
};

/** The instance page's data for the signed-in reader. */
export function useInstance(id: string | undefined) {
  return useQuery({
    queryKey: workflowKeys.instance(id ?? ''),
    queryFn: () => workflowApi.instance(id ?? ''),
    enabled: Boolean(id),
    staleTime: 5_000,
  });
}

/** One page of 待办 / 已办 / 我发起的 / 抄送我的 / 草稿, paged and sorted on the server. */
export function useList(kind: ListSource, query: ListQuery = {}) {
  return useQuery({
    queryKey: workflowKeys.list(kind, query),
    queryFn: () => workflowApi.list(kind, query),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

/** Badge numbers: open tasks, unread cc, drafts, my running requests, unread notifications. */
export function useCounts() {
  return useQuery({
    queryKey: workflowKeys.counts,
    queryFn: workflowApi.counts,
    staleTime: 10_000,
  });
}

/** Processes for filter pickers (deployed processes the reader can see). */
export function useProcessOptions(q = '') {
  return useQuery({
    queryKey: workflowKeys.processes(q),
    queryFn: () => workflowApi.processes(q || undefined),
    staleTime: 300_000,
  });
}
