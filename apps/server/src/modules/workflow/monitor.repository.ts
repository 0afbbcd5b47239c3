import type { InstanceStatus } from '@yuanwu/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { MonitorFilter, MonitorListQuery } from './monitor.schema.ts';

/** The WHERE of every monitoring query (drafts are private: never monitored). */
function where(filter: MonitorFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`i.deleted_at IS NULL`, sql`i.status <> 'draft'`];
  if (filter.processKey) parts.push(sql`i.process_key = ${filter.processKey}`);
  if (filter.status) parts.push(sql`i.status = ${filter.status}`);
  if (filter.initiator) parts.push(sql`i.initiator_id = ${filter.initiator}`);
  if (filter.department) parts.push(sql`i.department_id = ${filter.department}`);
  if (filter.q)
    parts.push(sql`i.title ILIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (filter.from) parts.push(sql`i.created_at >= ${filter.from}`);
  if (filter.to) parts.push(sql`i.created_at < ${filter.to}`);
  return sql.join(parts, sql` AND `);
}

export interface MonitorRow {
  id: string;
  title: string;
  process_key: string;
  process_name: string;
  status: InstanceStatus;
  initiator_id: string;
  initiator_name: string | null;
  department_id: string | null;
  department_name: string | null;
  created_at: Date;
  updated_at: Date;
  ended_at: Date | null;
  /** Open tasks as `node:person` pairs, for the "where is it now" column. */
  open_tasks: { node: string; nodeName: string; assignee: string; assigneeName: string | null }[];
}

/** Instances for administrators (read-only SQL over people and departments for names). */
export async function monitorPage(db: Executor, query: MonitorListQuery) {
  const order = query.order === 'asc' ? sql`ASC` : sql`DESC`;
  const sortKey =
    query.sort === 'title'
      ? sql`i.title`
      : query.sort === 'updatedAt'
        ? sql`i.updated_at`
        : sql`i.created_at`;
  const rows = await sql<MonitorRow>`
    SELECT i.id, i.title, i.process_key, p.name AS process_name, i.status, i.initiator_id,
      ip.name AS initiator_name, i.department_id, d.name AS department_name,
      i.created_at, i.updated_at, i.ended_at,
      COALESCE((
        SELECT jsonb_agg(jsonb_build_object('node', t.node_id, 'nodeName', t.node_name,
          'assignee', t.assignee_id, 'assigneeName', tp.name) ORDER BY t.created_at)
        FROM workflow_task t LEFT JOIN person tp ON tp.id = t.assignee_id
        WHERE t.instance_id = i.id AND t.state = 'open'), '[]'::jsonb) AS open_tasks
    FROM workflow_instance i
    JOIN workflow_process p ON p.key = i.process_key
    LEFT JOIN person ip ON ip.id = i.initiator_id
    LEFT JOIN department d ON d.id = i.department_id
    WHERE ${where(query)}
    ORDER BY ${sortKey} ${order}, i.id
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
  `.execute(db);
  const total = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM workflow_instance i WHERE ${where(query)}
  `.execute(db);
  return { rows: rows.rows, total: total.rows[0]?.count ?? 0 };
}

/** How many instances ended each way (and how many still run), per process. */
export async function outcomeCounts(db: Executor, filter: MonitorFilter) {
  const result = await sql<{ process_key: string; status: string; count: number }>`
    SELECT i.process_key, i.status, count(*)::int AS count
    FROM workflow_instance i WHERE ${where(filter)}
    GROUP BY i.process_key, i.status ORDER BY i.process_key, i.status
  `.execute(db);
  return result.rows;
}

/** Durations of finished instances per process, in seconds: count, median, p90. */
export async function instanceDurations(db: Executor, filter: MonitorFilter) {
  const result = await sql<{ process_key: string; count: number; median: number; p90: number }>`
    SELECT i.process_key, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.ended_at - i.submitted_at)) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i.ended_at - i.submitted_at)) AS p90
    FROM workflow_instance i
    WHERE ${where(filter)} AND i.ended_at IS NOT NULL AND i.submitted_at IS NOT NULL
    GROUP BY i.process_key
  `.execute(db);
  return result.rows;
}

/** Decided tasks per process and node: count, median and p90 seconds from arrival to decision. */
export async function nodeDurations(db: Executor, filter: MonitorFilter) {
  const result = await sql<{
    process_key: string;
    node_id: string;
    node_name: string;
    count: number;
    median: number;
    p90: number;
  }>`
    SELECT i.process_key, t.node_id, min(t.node_name) AS node_name, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.closed_at - t.created_at)) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.closed_at - t.created_at)) AS p90
    FROM workflow_task t JOIN workflow_instance i ON i.id = t.instance_id
    WHERE ${where(filter)} AND t.state IN ('approved', 'rejected', 'returned') AND t.closed_at IS NOT NULL
    GROUP BY i.process_key, t.node_id
  `.execute(db);
  return result.rows;
}

/** Returns, transfers and add-signs per process and node, from the instances' history. */
export async function nodeActions(db: Executor, filter: MonitorFilter) {
  const result = await sql<{ process_key: string; node: string; action: string; count: number }>`
    SELECT i.process_key, h->>'node' AS node, h->>'action' AS action, count(*)::int AS count
    FROM workflow_instance i, jsonb_array_elements(i.state->'history') h
    WHERE ${where(filter)} AND h->>'action' IN ('returned', 'transferred', 'add_signed')
    GROUP BY 1, 2, 3
  `.execute(db);
  return result.rows;
}

/** The people who take longest to decide, per process (median seconds, at least 1 task). */
export async function slowestPeople(db: Executor, filter: MonitorFilter, limit: number) {
  const result = await sql<{
    process_key: string;
    person_id: string;
    name: string | null;
    count: number;
    median: number;
  }>`
    SELECT * FROM (
      SELECT s.*, row_number() OVER (PARTITION BY s.process_key ORDER BY s.median DESC) AS rank
      FROM (
        SELECT i.process_key, t.assignee_id AS person_id, min(tp.name) AS name, count(*)::int AS count,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.closed_at - t.created_at)) AS median
        FROM workflow_task t JOIN workflow_instance i ON i.id = t.instance_id
        LEFT JOIN person tp ON tp.id = t.assignee_id
        WHERE ${where(filter)} AND t.state IN ('approved', 'rejected', 'returned')
          AND t.closed_by = t.assignee_id::text
        GROUP BY i.process_key, t.assignee_id
      ) s
    ) ranked WHERE rank <= ${limit}
    ORDER BY process_key, median DESC
  `.execute(db);
  return result.rows;
}

/** Display names of processes by key (deleted ones too: old instances still name them). */
export async function processNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('workflow_process').select(['key', 'name']).execute();
  return new Map(rows.map((row) => [row.key, row.name]));
}
