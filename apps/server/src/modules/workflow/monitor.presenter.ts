import type { MonitorRow as MonitorRowBody, ProcessStatistics } from '@yuanwu/contracts';
import type { MonitorRow } from './monitor.repository.ts';
import type { processStatistics } from './monitor.service.ts';

export function presentMonitorRow(row: MonitorRow): MonitorRowBody {
  return {
    id: row.id,
    title: row.title,
    processKey: row.process_key,
    processName: row.process_name,
    status: row.status,
    initiator: { id: row.initiator_id, name: row.initiator_name },
    department: row.department_id ? { id: row.department_id, name: row.department_name } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    openTasks: row.open_tasks,
  };
}

const seconds = (value: number | string | null) => (value === null ? null : Number(value));

/** Statistics grouped by process, each with its nodes (durations in seconds). */
export function presentStatistics(stats: Awaited<ReturnType<typeof processStatistics>>): {
  processes: ProcessStatistics[];
} {
  const keys = new Set([
    ...stats.instances.map((r) => r.process_key),
    ...stats.nodes.map((r) => r.process_key),
  ]);
  return {
    processes: [...keys].sort().map((key) => {
      const instances = stats.instances.find((r) => r.process_key === key);
      const actionsOf = (node: string, action: string) =>
        stats.actions.find((a) => a.process_key === key && a.node === node && a.action === action)
          ?.count ?? 0;
      return {
        processKey: key,
        processName: stats.names.get(key) ?? key,
        finished: instances?.count ?? 0,
        medianSeconds: seconds(instances?.median ?? null),
        p90Seconds: seconds(instances?.p90 ?? null),
        nodes: stats.nodes
          .filter((r) => r.process_key === key)
          .map((r) => ({
            node: r.node_id,
            nodeName: r.node_name,
            decided: r.count,
            medianSeconds: seconds(r.median),
            p90Seconds: seconds(r.p90),
            returns: actionsOf(r.node_id, 'returned'),
            transfers: actionsOf(r.node_id, 'transferred'),
            addSigns: actionsOf(r.node_id, 'add_signed'),
          })),
        slowestPeople: stats.people
          .filter((r) => r.process_key === key)
          .map((r) => ({
            personId: r.person_id,
            name: r.name,
            decided: r.count,
            medianSeconds: seconds(r.median),
          })),
      };
    }),
  };
}
