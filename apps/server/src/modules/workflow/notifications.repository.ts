import { sql } from 'kysely';
import { compiledOnce, compiledPerShape } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { genericPlan } from '../../db/prepared.ts';
import type { WorkflowNotificationKind } from '../../db/tables/workflow.ts';
import { capped, listTotalCap } from './lists.repository.ts';

export interface NotificationFilter {
  unread?: boolean;
  kind?: WorkflowNotificationKind;
  page: number;
  pageSize: number;
}

/** The values of a notifications statement; which filters it has is its shape. */
interface PageValues {
  personId: string;
  kind: WorkflowNotificationKind;
  limit: number;
  offset: number;
}

/** Which filters a notifications statement has. */
type Shape = Pick<NotificationFilter, 'unread' | 'kind'>;

function mineOf(db: Executor, shape: Shape, v: PageValues) {
  let mine = db
    .selectFrom('workflow_notification')
    .where('workflow_notification.recipient_id', '=', v.personId);
  if (shape.unread === true) mine = mine.where('workflow_notification.read_at', 'is', null);
  if (shape.unread === false) mine = mine.where('workflow_notification.read_at', 'is not', null);
  if (shape.kind) mine = mine.where('workflow_notification.kind', '=', v.kind);
  return mine;
}

const keyOf = (shape: Shape) => `${String(shape.unread)}:${shape.kind ? 'kind' : ''}`;

/** How many notifications the shape holds, up to one past the cap. */
const totalOf = (db: Executor, shape: Shape, v: PageValues) =>
  db
    .selectFrom(
      mineOf(db, shape, v)
        .select(sql.lit(1).as('one'))
        .limit(listTotalCap + 1)
        .as('capped'),
    )
    .select(sql<number>`count(*)::int`.as('count'));

const unreadOf = (db: Executor, personId: string) =>
  db
    .selectFrom('workflow_notification')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('recipient_id', '=', personId)
    .where('read_at', 'is', null);

// Every notifications page: each shape of filter built and compiled once (db/compiled-once.ts).
// Its rows carry the list's total and the unread count: uncorrelated subqueries that
// PostgreSQL runs once, when the first row is projected. One round trip, where the page, its
// total and the badge's count were three.
const pages = compiledPerShape(
  keyOf,
  (shape) => (db, v: PageValues) =>
    mineOf(db, shape, v)
      .innerJoin('workflow_instance', 'workflow_instance.id', 'workflow_notification.instance_id')
      .select([
        'workflow_notification.id',
        'workflow_notification.kind',
        'workflow_notification.instance_id',
        'workflow_notification.task_id',
        'workflow_notification.created_at',
        'workflow_notification.read_at',
        'workflow_instance.title',
        'workflow_instance.process_key',
        totalOf(db, shape, v).as('list_total'),
        unreadOf(db, v.personId).as('unread'),
      ])
      .orderBy('workflow_notification.created_at', 'desc')
      .orderBy('workflow_notification.id')
      .limit(v.limit)
      .offset(v.offset)
      .modifyEnd(genericPlan),
);

const totals = compiledPerShape(
  keyOf,
  (shape) => (db, v: PageValues) => totalOf(db, shape, v).modifyEnd(genericPlan),
);

const unreadQuery = compiledOnce((db, v: { personId: string }) =>
  unreadOf(db, v.personId).modifyEnd(genericPlan),
);

/**
 * A person's notifications, newest first, with the instance's title, their total (at most
 * `listTotalCap`, like the personal lists) and how many are unread. The total reads only
 * the person's notifications: every one belongs to an instance (a foreign key), so the join
 * that gives the title cannot drop any. An empty page counts apart.
 */
export async function notificationsOf(db: Executor, personId: string, filter: NotificationFilter) {
  const offset = (filter.page - 1) * filter.pageSize;
  const values: PageValues = {
    personId,
    // Unused by the shapes without a kind filter.
    kind: filter.kind ?? 'task',
    limit: filter.pageSize,
    offset,
  };
  const { rows } = await pages.execute(db, filter, values);
  const first = rows[0];
  if (first) return { ...capped(rows, first.list_total ?? 0), unread: first.unread ?? 0 };
  const [total, unread] = await Promise.all([
    offset === 0 ? 0 : totals.execute(db, filter, values).then((r) => r.rows[0]?.count ?? 0),
    unreadQuery.execute(db, { personId }).then((r) => r.rows[0]?.count ?? 0),
  ]);
  return { ...capped(rows, total), unread };
}

/** Marks my notifications read (the given ones, or all); returns how many changed. */
export async function markRead(
  db: Executor,
  personId: string,
  ids: readonly string[] | 'all',
  at: Date,
): Promise<number> {
  let query = db
    .updateTable('workflow_notification')
    .set({ read_at: at })
    .where('recipient_id', '=', personId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
