import type { ListItem, Paged, WorkflowCounts } from '@yuanwu/contracts';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import type { ListRow } from './lists.repository.ts';
import { listQuery, type ListName } from './lists.schema.ts';
import { myCounts, myList } from './lists.service.ts';

const lists: readonly ListName[] = ['todo', 'done', 'started', 'cc', 'drafts', 'delegated'];

function presentRow(row: ListRow): ListItem {
  return {
    instanceId: row.instance_id,
    title: row.title,
    processKey: row.process_key,
    processName: row.process_name,
    status: row.status,
    initiator: { id: row.initiator_id, name: row.initiator_name },
    instanceCreatedAt: row.instance_created_at.toISOString(),
    itemId: row.item_id,
    node: row.node_id,
    nodeName: row.node_name,
    itemState: row.item_state,
    onBehalfOf: row.on_behalf_of,
    at: row.at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
  };
}

/** The workbench lists of the signed-in person and their badge counts. */
export function registerListRoutes(app: ApiApp, deps: AppDeps): void {
  for (const list of lists) {
    app.get(
      `/api/v1/workflow/${list}`,
      { config: { access: 'authenticated' }, schema: { querystring: listQuery } },
      async (request): Promise<Paged<ListItem>> => {
        const query = request.query;
        const page = await inRequestTransaction(request, deps, (ctx) => myList(ctx, list, query));
        return {
          items: page.rows.map(presentRow),
          total: page.total,
          totalCapped: page.totalCapped,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    );
  }

  app.get(
    '/api/v1/workflow/counts',
    { config: { access: 'authenticated' } },
    async (request): Promise<WorkflowCounts> => {
      const counts = await inRequestTransaction(request, deps, (ctx) => myCounts(ctx));
      return {
        todo: counts.todo,
        ccUnread: counts.cc_unread,
        drafts: counts.drafts,
        running: counts.running,
        notifications: counts.notifications,
      };
    },
  );
}
