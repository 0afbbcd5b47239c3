import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { favourite, myFavourites, myRecentProcesses, unfavourite } from './favourites.service.ts';
import { processKeyParams } from './workbench.schema.ts';

const base = '/api/v1/workbench';

/** 常用流程 (favourites) and 最近发起 (derived from the instances I started). */
export function registerFavouriteRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(`${base}/favourites`, { config: { access: 'authenticated' } }, async (request) => ({
    items: await inRequestTransaction(request, deps, (ctx) => myFavourites(ctx)),
  }));

  app.put(
    `${base}/favourites/:processKey`,
    {
      config: { access: 'authenticated', auditAction: 'workbench.favourite.add' },
      schema: { params: processKeyParams },
    },
    async (request) => {
      const { processKey } = request.params;
      return {
        items: await inRequestTransaction(request, deps, async (ctx) => {
          await favourite(ctx, processKey);
          return myFavourites(ctx);
        }),
      };
    },
  );

  app.delete(
    `${base}/favourites/:processKey`,
    {
      config: { access: 'authenticated', auditAction: 'workbench.favourite.remove' },
      schema: { params: processKeyParams },
    },
    async (request) => {
      const { processKey } = request.params;
      return {
        items: await inRequestTransaction(request, deps, async (ctx) => {
          await unfavourite(ctx, processKey);
          return myFavourites(ctx);
        }),
      };
    },
  );

  app.get(`${base}/recent-processes`, { config: { access: 'authenticated' } }, async (request) => ({
    items: await inRequestTransaction(request, deps, (ctx) => myRecentProcesses(ctx)),
  }));
}
