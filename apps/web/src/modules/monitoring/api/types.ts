import type { InstanceStatus } from '../../workflow/index.ts';

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

export interface OpenTask {
  node: string;
  nodeName: string;
  assignee: string;
  assigneeName: string | null;
}

/** One instance in the monitoring table. */
export interface MonitorRow {
  id: string;
  title: string;
  processKey: string;
  processName: string;
  status: InstanceStatus;
  initiator: { id: string; name: string | null };
  department: { id: string; name: string | null } | null;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
  openTasks: OpenTask[];
}

/** Counts by status per process. */
export interface SummaryItem {
  processKey: string;
  total: number;
  counts: Partial<Record<InstanceStatus, number>>;
}

export interface NodeStatistics {
  node: string;
  nodeName: string;
  decided: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  returns: number;
  transfers: number;
  addSigns: number;
}

export interface SlowPerson {
  personId: string;
  name: string | null;
  decided: number;
  medianSeconds: number | null;
}

export interface ProcessStatistics {
  processKey: string;
  finished: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  nodes: NodeStatistics[];
  slowestPeople: SlowPerson[];
}

/** The interventions an administrator may make on a running or suspended instance. */
export type Intervention = 'suspend' | 'resume' | 'terminate' | 'jump' | 'reassign';
