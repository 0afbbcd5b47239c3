import type { InstanceStatus, NamedRef } from './workflow-instance.ts';

// 流程监控 and 统计 (docs/api-v1.md "Workflow"): the administrators' view of all instances.

/** A task still open on a monitored instance. */
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
  initiator: NamedRef;
  department: NamedRef | null;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
  openTasks: OpenTask[];
}

/** Counts by status per process. */
export interface SummaryItem {
  processKey: string;
  processName: string;
  total: number;
  counts: Partial<Record<InstanceStatus, number>>;
}

/** How long one node takes and how often it sends work elsewhere (durations in seconds). */
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

/** Who takes longest to decide. */
export interface SlowPerson {
  personId: string;
  name: string | null;
  decided: number;
  medianSeconds: number | null;
}

/** One process's statistics with its nodes. */
export interface ProcessStatistics {
  processKey: string;
  processName: string;
  finished: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  nodes: NodeStatistics[];
  slowestPeople: SlowPerson[];
}

/** The interventions an administrator may make on a running or suspended instance. */
export type Intervention = 'suspend' | 'resume' | 'terminate' | 'jump' | 'reassign';
