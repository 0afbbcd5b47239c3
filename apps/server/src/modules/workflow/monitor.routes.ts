import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentMonitorRow, presentStatistics } from './monitor.presenter.ts';
import { monitorFilterQuery, monitorListQuery } from './monitor.schema.ts';
import { monitorInstances, monitorSummary, processStatistics } from './monitor.service.ts';

const base = '/api/v1/workflow/admin';

/**
 * 流程监控 and 统计 for workflow administrators. Interventions are the instance
 * actions suspend, resume, terminate and jump (`workflow.admin`).
 */
export function registerMonitorRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    `${base}/instances`,
    { config: { access: 'workflow.admin' }, schema: { querystring: monitorListQuery } },
    async (request) => {
      const query = request.query;
      const page = await inRequestTransaction(request, deps, (ctx) => monitorInstances(ctx, query));
      return {
        items: page.rows.map(presentMonitorRow),
        total: page.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.get(
    `${base}/summary`,
    { config: { access: 'workflow.admin' }, schema: { querystring: monitorFilterQuery } },
    async (request) => ({
      items: await inRequestTransaction(request, deps, (ctx) => monitorSummary(ctx, request.query)),
    }),
  );

  app.get(
    `${base}/statistics`,
    { config: { access: 'workflow.admin' }, schema: { querystring: monitorFilterQuery } },
    async (request) =>
      presentStatistics(
        await inRequestTransaction(request, deps, (ctx) => processStatistics(ctx, request.query)),
      ),
  );
}
