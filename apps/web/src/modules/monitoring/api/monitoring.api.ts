import { api } from '../../../app/api.ts';
import type { Paged } from '../../workflow/index.ts';
import type { MonitorFilter, MonitorRow, ProcessStatistics, SummaryItem } from './types.ts';

const base = '/workflow/admin';

/** 流程监控 and 统计 calls (`workflow.admin`). Interventions go through the workflow module. */
export const monitoringApi = {
  instances: (filter: MonitorFilter, page: number, pageSize: number) =>
    api.get<Paged<MonitorRow>>(`${base}/instances`, { ...filter, page, pageSize }),
  summary: (filter: MonitorFilter) =>
    api.get<{ items: SummaryItem[] }>(`${base}/summary`, { ...filter }),
  statistics: (filter: MonitorFilter) =>
    api.get<{ processes: ProcessStatistics[] }>(`${base}/statistics`, { ...filter }),
};
