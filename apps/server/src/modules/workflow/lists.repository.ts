import type { InstanceStatus } from '@yuanwu/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ListName, ListQuery } from './lists.schema.ts';

/** One row of any personal list: the instance, and the task or cc item that put it there. */
export interface ListRow {
  instance_id: string;
  title: string;
  process_key: string;
  process_name: string;
  status: InstanceStatus;
  initiator_id: string;
  initiator_name: string | null;
  instance_created_at: Date;
  item_id: string;
  node_id: string | null;
  node_name: string | null;
  item_state: string | null;
  on_behalf_of: string | null;
  at: Date;
  due_at: Date | null;
}

interface Source {
  /** The item's columns (item_id … due_at). */
  columns: RawBuilder<unknown>;
  /** Joins after `workflow_instance i`. */
  joins: RawBuilder<unknown>;
  /** Who sees it. */
  scope: RawBuilder<unknown>;
  /** The list's time column (arrival, decision, start…). */
  time: RawBuilder<unknown>;
}

// Each list is the same instance row joined to what put it in this person's list.
function source(list: ListName, personId: string): Source {
  switch (list) {
    case 'todo':
    case 'done':
      return {
        columns: sql`t.id AS item_id, t.node_id, t.node_name, t.state AS item_state,
          t.on_behalf_of, ${list === 'todo' ? sql`t.created_at` : sql`t.closed_at`} AS at, t.due_at`,
        joins: sql`JOIN workflow_task t ON t.instance_id = i.id`,
        scope:
          list === 'todo'
            ? sql`t.assignee_id = ${personId} AND t.state = 'open'`
            : sql`t.assignee_id = ${personId} AND t.closed_by = ${personId}
                AND t.closed_at IS NOT NULL
                AND t.state IN ('approved', 'rejected', 'returned', 'transferred')`,
        time: list === 'todo' ? sql`t.created_at` : sql`t.closed_at`,
      };
    case 'delegated':
      return {
        columns: sql`t.id AS item_id, t.node_id, t.node_name, t.state AS item_state,
          t.assignee_id AS on_behalf_of, t.closed_at AS at, t.due_at`,
        joins: sql`JOIN workflow_task t ON t.instance_id = i.id`,
        scope: sql`t.on_behalf_of = ${personId} AND t.closed_by = t.assignee_id::text
          AND t.closed_at IS NOT NULL
          AND t.state IN ('approved', 'rejected', 'returned', 'transferred')`,
        time: sql`t.closed_at`,
      };
    case 'cc':
      return {
        columns: sql`c.id AS item_id, c.node_id, c.node_id AS node_name, c.state AS item_state,
          NULL::uuid AS on_behalf_of, c.created_at AS at, NULL::timestamptz AS due_at`,
        joins: sql`JOIN workflow_cc c ON c.instance_id = i.id`,
        scope: sql`c.person_id = ${personId}`,
        time: sql`c.created_at`,
      };
    case 'started':
    case 'drafts':
      return {
        columns: sql`i.id AS item_id, NULL::text AS node_id, NULL::text AS node_name,
          i.status AS item_state, NULL::uuid AS on_behalf_of,
          ${list === 'drafts' ? sql`i.updated_at` : sql`i.created_at`} AS at, NULL::timestamptz AS due_at`,
        joins: sql``,
        scope:
          list === 'drafts'
            ? sql`i.initiator_id = ${personId} AND i.status = 'draft'`
            : sql`i.initiator_id = ${personId} AND i.status <> 'draft'`,
        time: list === 'drafts' ? sql`i.updated_at` : sql`i.created_at`,
      };
  }
}

function filters(query: Partial<ListQuery>, list: ListName, time: RawBuilder<unknown>) {
  const parts: RawBuilder<unknown>[] = [sql`i.deleted_at IS NULL`];
  if (query.q) parts.push(sql`i.title ILIKE ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (query.processKey) parts.push(sql`i.process_key = ${query.processKey}`);
  if (query.initiator) parts.push(sql`i.initiator_id = ${query.initiator}`);
  if (query.status) parts.push(sql`i.status = ${query.status}`);
  if (query.unread !== undefined && list === 'cc') {
    parts.push(query.unread ? sql`c.state = 'unread'` : sql`c.state = 'read'`);
  }
  if (query.from) parts.push(sql`${time} >= ${query.from}`);
  if (query.to) parts.push(sql`${time} < ${query.to}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Totals beyond this are reported as this many, with `totalCapped`: a department head's
 * 已办 holds tens of thousands of decisions, and counting them all for every page cost
 * more than the page itself. Nobody pages that far; they narrow by time or search.
 */
export const listTotalCap = 1_000;

/** One page of a personal list and its total (at most `listTotalCap`). */
export async function listPage(
  db: Executor,
  list: ListName,
  personId: string,
  query: ListQuery,
): Promise<{ rows: ListRow[]; total: number; totalCapped: boolean }> {
  const from = source(list, personId);
  const where = sql`${from.scope} AND ${filters(query, list, from.time)}`;
  const order = query.order === 'asc' ? sql`ASC` : sql`DESC`;
  // Time columns are never null, and without NULLS LAST the per-person indexes in time
  // order (workflow_task_open, workflow_task_done) serve the page straight from the index.
  const sortKey =
    query.sort === 'title'
      ? sql`i.title ${order} NULLS LAST`
      : query.sort === 'process'
        ? sql`p.name ${order} NULLS LAST`
        : sql`${from.time} ${order}`;
  const offset = (query.page - 1) * query.pageSize;
  const rows = await sql<ListRow>`
    SELECT i.id AS instance_id, i.title, i.process_key, p.name AS process_name, i.status,
      i.initiator_id, ip.name AS initiator_name, i.created_at AS instance_created_at,
      ${from.columns}
    FROM workflow_instance i
    JOIN workflow_process p ON p.key = i.process_key
    LEFT JOIN person ip ON ip.id = i.initiator_id
    ${from.joins}
    WHERE ${where}
    ORDER BY ${sortKey}, item_id
    LIMIT ${query.pageSize} OFFSET ${offset}
  `.execute(db);
  // A page that is not full ends the list (an empty first page: an empty list), so its
  // total needs no second statement: most people's 待办 and drafts fit on the first page.
  if (rows.rows.length < query.pageSize && (rows.rows.length > 0 || offset === 0)) {
    return capped(rows.rows, offset + rows.rows.length);
  }
  // No join to the process here: every instance has one (foreign key) and no filter reads it.
  const count = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM workflow_instance i ${from.joins}
      WHERE ${where}
      LIMIT ${listTotalCap + 1}
    ) AS capped
  `.execute(db);
  return capped(rows.rows, count.rows[0]?.count ?? 0);
}

function capped(rows: ListRow[], total: number) {
  return { rows, total: Math.min(total, listTotalCap), totalCapped: total > listTotalCap };
}

/** Badge counts: open tasks, unread cc, drafts, my running instances, unread notifications. */
export async function listCounts(db: Executor, personId: string) {
  const result = await sql<{
    todo: number;
    cc_unread: number;
    drafts: number;
    running: number;
    notifications: number;
  }>`
    SELECT
      (SELECT count(*)::int FROM workflow_task t JOIN workflow_instance i ON i.id = t.instance_id
        WHERE t.assignee_id = ${personId} AND t.state = 'open' AND i.deleted_at IS NULL) AS todo,
      (SELECT count(*)::int FROM workflow_cc WHERE person_id = ${personId} AND state = 'unread') AS cc_unread,
      (SELECT count(*)::int FROM workflow_instance WHERE initiator_id = ${personId}
        AND status = 'draft' AND deleted_at IS NULL) AS drafts,
      (SELECT count(*)::int FROM workflow_instance WHERE initiator_id = ${personId}
        AND status IN ('running', 'suspended') AND deleted_at IS NULL) AS running,
      (SELECT count(*)::int FROM workflow_notification WHERE recipient_id = ${personId}
        AND read_at IS NULL) AS notifications
  `.execute(db);
  return result.rows[0] ?? { todo: 0, cc_unread: 0, drafts: 0, running: 0, notifications: 0 };
}
