import type { ServiceContext } from '../../platform/service-context.ts';
import {
  instanceDurations,
  monitorPage,
  nodeActions,
  nodeDurations,
  outcomeCounts,
  processNames,
  slowestPeople,
} from './monitor.repository.ts';
import type { MonitorFilter, MonitorListQuery } from './monitor.schema.ts';

/** 流程监控: every instance but drafts, filtered (the route requires `workflow.admin`). */
export function monitorInstances(ctx: ServiceContext, query: MonitorListQuery) {
  return monitorPage(ctx.trx, query);
}

/** Counts by outcome per process. */
export async function monitorSummary(ctx: ServiceContext, filter: MonitorFilter) {
  const [rows, names] = await Promise.all([outcomeCounts(ctx.trx, filter), processNames(ctx.trx)]);
  const byProcess = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byProcess.get(row.process_key) ?? {};
    counts[row.status] = row.count;
    byProcess.set(row.process_key, counts);
  }
  return [...byProcess].map(([processKey, counts]) => ({
    processKey,
    processName: names.get(processKey) ?? processKey,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    counts,
  }));
}

/** 统计: per process and node — volumes, median and p90 durations, returns, transfers, add-signs, slowest people. */
export async function processStatistics(ctx: ServiceContext, filter: MonitorFilter) {
  const [instances, nodes, actions, people, names] = await Promise.all([
    instanceDurations(ctx.trx, filter),
    nodeDurations(ctx.trx, filter),
    nodeActions(ctx.trx, filter),
    slowestPeople(ctx.trx, filter, 5),
    processNames(ctx.trx),
  ]);
  return { instances, nodes, actions, people, names };
}
