import type { InstanceStatus } from '@yuanwu/contracts';
import { sql, type RawBuilder } from 'kysely';
import { compiledOnce, compiledPerShape } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { genericPlan } from '../../db/prepared.ts';
import type { ListName, ListQuery } from './lists.schema.ts';
import {
  filterValues,
  instanceFilters,
  itemFilters,
  itemInstanceLive,
  source,
  type FilterValues,
} from './lists.source.ts';

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

/**
 * Totals beyond this are reported as this many, with `totalCapped`: a department head's
 * 已办 holds tens of thousands of decisions, and counting them all for every page cost
 * more than the page itself. Nobody pages that far; they narrow by time or search.
 */
export const listTotalCap = 1_000;

/** The values of a list page's statements (lists.source.ts has the filters'). */
interface PageValues extends FilterValues {
  personId: string;
  limit: number;
  offset: number;
}

/**
 * Lists that keep a person's history (已办, 我发起的, 抄送我的, 代我办理) grow without end, so
 * their pages are nearly always full and need a total counted apart. Their page statement
 * carries that total as a column, computed once when its first row goes out: one round trip
 * instead of two. 待办 and 草稿 are working sets that mostly fit on one page, where the page
 * itself gives the total and a count would be work for nothing.
 */
const historyLists: ReadonlySet<ListName> = new Set(['done', 'started', 'cc', 'delegated']);

/** One page of a personal list and its total (at most `listTotalCap`). */
export async function listPage(
  db: Executor,
  list: ListName,
  personId: string,
  query: ListQuery,
): Promise<{ rows: ListRow[]; total: number; totalCapped: boolean }> {
  const offset = (query.page - 1) * query.pageSize;
  const values: PageValues = {
    ...filterValues(query),
    personId,
    limit: query.pageSize,
    offset,
  };
  const shape: Shape = { list, query };
  const rows = (await pages.execute(db, shape, values)).rows;
  const first = rows[0];
  if (first?.list_total !== undefined) return capped(rows, first.list_total);
  // A page that is not full ends the list (an empty first page: an empty list), so its
  // total needs no second statement: most people's 待办 and drafts fit on the first page.
  if (rows.length < query.pageSize && (rows.length > 0 || offset === 0)) {
    return capped(rows, offset + rows.length);
  }
  // Past the end of a list (or a full page of one that does not count with its page).
  const count = await totals.execute(db, shape, values);
  return capped(rows, count.rows[0]?.count ?? 0);
}

/** A list and which filters and order its query has: each shape is compiled once. */
interface Shape {
  list: ListName;
  query: ListQuery;
}

function keyOf({ list, query }: Shape): string {
  const present = (value: unknown) => (value === undefined || value === '' ? '-' : '+');
  return [
    list,
    query.sort,
    query.order,
    present(query.q),
    present(query.processKey),
    present(query.initiator),
    present(query.status),
    String(query.unread),
    present(query.from),
    present(query.to),
  ].join(' ');
}

/** The shape's conditions, on the stand-ins of its values. */
function conditionsOf({ list, query }: Shape, v: PageValues) {
  const from = source(list, v.personId);
  const onInstance = instanceFilters(query, v);
  const onItem = itemFilters(query, v, list, from.time);
  return { from, onInstance, onItem };
}

/** A page's row; a history list's rows also carry the list's total (capped). */
type PageRow = ListRow & { list_total?: number };

// Every list page: its statements built and compiled once per shape (db/compiled-once.ts).
const pages = compiledPerShape(keyOf, (shape) => (_db, v: PageValues) => {
  const { from, onInstance, onItem } = conditionsOf(shape, v);
  const where = and([from.scope, sql`i.deleted_at IS NULL`, ...onInstance, ...onItem]);
  const order = shape.query.order === 'asc' ? sql`ASC` : sql`DESC`;
  // Time columns are never null, and without NULLS LAST the per-person indexes in time
  // order (workflow_task_open_items, workflow_task_decided) serve the page from the index.
  const sortKey =
    shape.query.sort === 'title'
      ? sql`i.title ${order} NULLS LAST`
      : shape.query.sort === 'process'
        ? sql`p.name ${order} NULLS LAST`
        : sql`${from.time} ${order}`;
  // An uncorrelated subquery: PostgreSQL runs it once, when the first row is projected (an
  // empty page never counts), with the aliases of its own FROM.
  const total = historyLists.has(shape.list) ? sql`, (${counted(shape, v)}) AS list_total` : sql``;
  return sql<PageRow>`${genericPlan}
    SELECT i.id AS instance_id, i.title, i.process_key, p.name AS process_name, i.status,
      i.initiator_id, ip.name AS initiator_name, i.created_at AS instance_created_at,
      ${from.columns}${total}
    FROM workflow_instance i
    JOIN workflow_process p ON p.key = i.process_key
    LEFT JOIN person ip ON ip.id = i.initiator_id
    ${from.joins}
    WHERE ${where}
    ORDER BY ${sortKey}, item_id
    LIMIT ${v.limit} OFFSET ${v.offset}
  `;
});

/** How many items the shape's list holds, up to one past the cap. */
function counted(shape: Shape, v: PageValues): RawBuilder<unknown> {
  const { from, onInstance, onItem } = conditionsOf(shape, v);
  // Without conditions on the instance the total reads only the list's own items (an
  // index-only scan of the person's tasks, copies or requests); with them, it joins.
  const items =
    onInstance.length === 0
      ? sql`SELECT 1 FROM ${from.item}
          WHERE ${and([from.scope, itemInstanceLive(shape.list), ...onItem])}`
      : sql`SELECT 1 FROM workflow_instance i ${from.joins}
          WHERE ${and([from.scope, sql`i.deleted_at IS NULL`, ...onInstance, ...onItem])}`;
  return sql`SELECT count(*)::int FROM (${items} LIMIT ${sql.lit(listTotalCap + 1)}) AS capped`;
}

const totals = compiledPerShape(
  keyOf,
  (shape) => (_db, v: PageValues) =>
    sql<{ count: number }>`${genericPlan} SELECT (${counted(shape, v)}) AS count`,
);

function and(parts: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return sql.join(parts, sql` AND `);
}

/** A page with its total, cut to `listTotalCap` (the notifications page uses it too). */
export function capped<Row>(rows: Row[], total: number) {
  return { rows, total: Math.min(total, listTotalCap), totalCapped: total > listTotalCap };
}

/** Badge counts: open tasks, unread cc, drafts, my running instances, unread notifications. */
export async function listCounts(db: Executor, personId: string) {
  const result = await countsQuery.execute(db, { personId });
  return result.rows[0] ?? { todo: 0, cc_unread: 0, drafts: 0, running: 0, notifications: 0 };
}

// Every workbench: built and compiled once (db/compiled-once.ts).
const countsQuery = compiledOnce(
  (_db, { personId }: { personId: string }) => sql<{
    todo: number;
    cc_unread: number;
    drafts: number;
    running: number;
    notifications: number;
  }>`${genericPlan}
    SELECT
      (SELECT count(*)::int FROM workflow_task t
        WHERE t.assignee_id = ${personId} AND t.state = 'open' AND ${itemInstanceLive('todo')}) AS todo,
      (SELECT count(*)::int FROM workflow_cc WHERE person_id = ${personId} AND state = 'unread') AS cc_unread,
      (SELECT count(*)::int FROM workflow_instance WHERE initiator_id = ${personId}
        AND status = 'draft' AND deleted_at IS NULL) AS drafts,
      (SELECT count(*)::int FROM workflow_instance WHERE initiator_id = ${personId}
        AND status IN ('running', 'suspended') AND deleted_at IS NULL) AS running,
      (SELECT count(*)::int FROM workflow_notification WHERE recipient_id = ${personId}
        AND read_at IS NULL) AS notifications
  `,
);
