import type { InstanceStatus } from '../../workflow/index.ts';

/** Shapes of 流程监控 and 统计 (docs/api-v1.md "Workflow"): one definition, shared with the server. */
export type {
  Intervention,
  MonitorRow,
  NodeStatistics,
  OpenTask,
  ProcessStatistics,
  SlowPerson,
  SummaryItem,
} from '@yuanwu/contracts';

/** Filters of 流程监控 and 统计 (times are ISO 8601 with offset; `from <= createdAt < to`). */
export interface MonitorFilter {
  processKey?: string;
  status?: Exclude<InstanceStatus, 'draft'>;
  initiator?: string;
  department?: string;
  q?: string;
  from?: string;
  to?: string;
}
