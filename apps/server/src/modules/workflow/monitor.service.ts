import type { ServiceContext } from '../../platform/service-context.ts';
import {
  instanceDurations,
  monitorPage,
  nodeActions,
  nodeDurations,
  outcomeCounts,
  slowestPeople,
} from './monitor.repository.ts';
import type { MonitorFilter, MonitorListQuery } from './monitor.schema.ts';

/** 流程监控: every instance but drafts, filtered (the route requires `workflow.admin`). */
export function monitorInstances(ctx: ServiceContext, query: MonitorListQuery) {
  return monitorPage(ctx.trx, query);
}

/** Counts by outcome per process. */
export async function monitorSummary(ctx: ServiceContext, filter: MonitorFilter) {
  const rows = await outcomeCounts(ctx.trx, filter);
  const byProcess = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byProcess.get(row.process_key) ?? {};
    counts[row.status] = row.count;
    byProcess.set(row.process_key, counts);
  }
  return [...byProcess].map(([processKey, counts]) => ({
    processKey,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    counts,
  }));
}

/** 统计: per process and node — volumes, median and p90 durations, returns, transfers, add-signs, slowest people. */
export async function processStatistics(ctx: ServiceContext, filter: MonitorFilter) {
  const [instances, nodes, actions, people] = await Promise.all([
    instanceDurations(ctx.trx, filter),
    nodeDurations(ctx.trx, filter),
    nodeActions(ctx.trx, filter),
    slowestPeople(ctx.trx, filter, 5),
  ]);
  return { instances, nodes, actions, people };
}
