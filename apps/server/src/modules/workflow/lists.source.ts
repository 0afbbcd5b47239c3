import { sql, type RawBuilder } from 'kysely';
import type { ListName, ListQuery } from './lists.schema.ts';

export interface Source {
  /** The item's columns (item_id … due_at). */
  columns: RawBuilder<unknown>;
  /** Joins after `workflow_instance i`. */
  joins: RawBuilder<unknown>;
  /** Who sees it. */
  scope: RawBuilder<unknown>;
  /** The list's time column (arrival, decision, start…). */
  time: RawBuilder<unknown>;
  /** The table that puts an item in the list, with its alias (for lean totals). */
  item: RawBuilder<unknown>;
}

// Each list is the same instance row joined to what put it in this person's list.
export function source(list: ListName, personId: string): Source {
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
        item: sql`workflow_task t`,
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
        item: sql`workflow_task t`,
      };
    case 'cc':
      return {
        columns: sql`c.id AS item_id, c.node_id, c.node_id AS node_name, c.state AS item_state,
          NULL::uuid AS on_behalf_of, c.created_at AS at, NULL::timestamptz AS due_at`,
        joins: sql`JOIN workflow_cc c ON c.instance_id = i.id`,
        scope: sql`c.person_id = ${personId}`,
        time: sql`c.created_at`,
        item: sql`workflow_cc c`,
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
        item: sql`workflow_instance i`,
      };
  }
}

/**
 * The values of a list statement. Which filters it has (its shape) comes from the query;
 * their values come from here, so that one statement serves every value (compiledOnce).
 */
export interface FilterValues {
  /** `q` as an ILIKE pattern. */
  pattern: string;
  processKey: string;
  initiator: string;
  status: string;
  from: Date;
  to: Date;
}

/** The filter values of a query; those it does not filter by are placeholders, never sent. */
export function filterValues(query: Partial<ListQuery>): FilterValues {
  return {
    pattern: query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : '',
    processKey: query.processKey ?? '',
    initiator: query.initiator ?? '',
    status: query.status ?? '',
    from: query.from ?? new Date(0),
    to: query.to ?? new Date(0),
  };
}

/** Conditions on the instance itself (need the instance row). */
export function instanceFilters(
  query: Partial<ListQuery>,
  values: FilterValues,
): RawBuilder<unknown>[] {
  const parts: RawBuilder<unknown>[] = [];
  if (query.q) parts.push(sql`i.title ILIKE ${values.pattern}`);
  if (query.processKey) parts.push(sql`i.process_key = ${values.processKey}`);
  if (query.initiator) parts.push(sql`i.initiator_id = ${values.initiator}`);
  if (query.status) parts.push(sql`i.status = ${values.status}`);
  return parts;
}

/** Conditions on the item that put the instance in the list (its state, its time). */
export function itemFilters(
  query: Partial<ListQuery>,
  values: FilterValues,
  list: ListName,
  time: RawBuilder<unknown>,
): RawBuilder<unknown>[] {
  const parts: RawBuilder<unknown>[] = [];
  if (query.unread !== undefined && list === 'cc') {
    parts.push(query.unread ? sql`c.state = 'unread'` : sql`c.state = 'read'`);
  }
  if (query.from) parts.push(sql`${time} >= ${values.from}`);
  if (query.to) parts.push(sql`${time} < ${values.to}`);
  return parts;
}

/**
 * The item's instance is not deleted, without reading the instance: only discarded drafts
 * are deleted, so the partial index of deleted instances (20261124T0410) is tiny and the
 * check is a probe into it, where reading each instance row cost a random read per item.
 */
export function itemInstanceLive(list: ListName): RawBuilder<unknown> {
  if (list === 'started' || list === 'drafts') return sql`i.deleted_at IS NULL`;
  const alias = list === 'cc' ? sql`c` : sql`t`;
  return sql`NOT EXISTS (SELECT 1 FROM workflow_instance d
    WHERE d.id = ${alias}.instance_id AND d.deleted_at IS NOT NULL)`;
}
