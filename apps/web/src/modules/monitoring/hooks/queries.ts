import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workflowApi } from '../../workflow/index.ts';
import { monitoringApi } from '../api/monitoring.api.ts';
import type { MonitorFilter } from '../api/types.ts';

const keys = {
  all: ['monitoring'] as const,
  instances: (filter: MonitorFilter, page: number) =>
    ['monitoring', 'instances', filter, page] as const,
  summary: (filter: MonitorFilter) => ['monitoring', 'summary', filter] as const,
  statistics: (filter: MonitorFilter) => ['monitoring', 'statistics', filter] as const,
};

export function useMonitorInstances(filter: MonitorFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: keys.instances(filter, page),
    queryFn: () => monitoringApi.instances(filter, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

export function useMonitorSummary(filter: MonitorFilter) {
  return useQuery({ queryKey: keys.summary(filter), queryFn: () => monitoringApi.summary(filter) });
}

export function useStatistics(filter: MonitorFilter) {
  return useQuery({
    queryKey: keys.statistics(filter),
    queryFn: () => monitoringApi.statistics(filter),
    placeholderData: keepPreviousData,
  });
}

export type InterventionRequest =
  | { action: 'suspend' | 'resume' }
  | { action: 'terminate'; comment?: string }
  | { action: 'jump'; to: string; comment?: string }
  | { action: 'reassign'; task: string; to: string; comment?: string };

/** One intervention on an instance; the table, the counts and that instance refresh after it. */
export function useIntervention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: InterventionRequest }) => {
      switch (request.action) {
        case 'suspend':
        case 'resume':
          return workflowApi.act(id, { action: request.action, body: {} });
        case 'terminate':
          return workflowApi.act(id, { action: 'terminate', body: { comment: request.comment } });
        case 'jump':
          return workflowApi.act(id, {
            action: 'jump',
            body: { to: request.to, comment: request.comment },
          });
        case 'reassign':
          return workflowApi.act(id, {
            action: 'reassign',
            body: { task: request.task, to: request.to, comment: request.comment },
          });
      }
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.all });
      void client.invalidateQueries({ queryKey: ['workflow'] });
    },
  });
}
