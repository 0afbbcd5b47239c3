import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentBudget } from './budget.presenter.ts';
import { budgetListQuery, budgetParams } from './budget.schema.ts';
import { getBudget, listBudgets } from './budget.service.ts';

const base = '/api/v1/data-sources/budget';

/**
 * The budget data source of forms (a budget code field fills name, total,
 * used, remaining). Anyone filling a form may read it.
 */
export function registerBudgetRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    base,
    { config: { access: 'authenticated' }, schema: { querystring: budgetListQuery } },
    async (request) => {
      const { rows, total } = await inRequestTransaction(request, deps, (ctx) =>
        listBudgets(ctx, request.query),
      );
      return {
        items: rows.map(presentBudget),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    `${base}/:code`,
    { config: { access: 'authenticated' }, schema: { params: budgetParams } },
    async (request) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        getBudget(ctx, request.params.code),
      );
      return presentBudget(row);
    },
  );
}
