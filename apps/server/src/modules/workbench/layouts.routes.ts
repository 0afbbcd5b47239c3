import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import {
  effectiveLayout,
  resetMyLayout,
  resetRoleLayout,
  roleLayouts,
  setMyLayout,
  setRoleLayout,
} from './layouts.service.ts';
import { defaultLayout, layoutBody, roleCodeParams } from './workbench.schema.ts';

const base = '/api/v1/workbench';

/** 工作台 layouts: mine (effective), my own override, and the per-role ones. */
export function registerLayoutRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(base, { config: { access: 'authenticated' } }, (request) =>
    inRequestTransaction(request, deps, (ctx) => effectiveLayout(ctx)),
  );

  app.put(
    `${base}/mine`,
    {
      config: { access: 'authenticated', auditAction: 'workbench.layout.save' },
      schema: { body: layoutBody },
    },
    async (request) => {
      const { layout } = request.body;
      await inRequestTransaction(request, deps, (ctx) => setMyLayout(ctx, layout));
      return { layout, source: 'user' as const };
    },
  );

  app.delete(
    `${base}/mine`,
    { config: { access: 'authenticated', auditAction: 'workbench.layout.reset' } },
    (request) =>
      inRequestTransaction(request, deps, async (ctx) => {
        await resetMyLayout(ctx);
        return effectiveLayout(ctx);
      }),
  );

  app.get(`${base}/roles`, { config: { access: 'workbench.configure' } }, async (request) => ({
    items: await inRequestTransaction(request, deps, (ctx) => roleLayouts(ctx)),
    defaultLayout,
  }));

  app.put(
    `${base}/roles/:roleCode`,
    {
      config: { access: 'workbench.configure', auditAction: 'workbench.role-layout.save' },
      schema: { params: roleCodeParams, body: layoutBody },
    },
    async (request) => {
      const { layout } = request.body;
      const { roleCode } = request.params;
      await inRequestTransaction(request, deps, (ctx) => setRoleLayout(ctx, roleCode, layout));
      return { roleCode, layout };
    },
  );

  app.delete(
    `${base}/roles/:roleCode`,
    {
      config: { access: 'workbench.configure', auditAction: 'workbench.role-layout.reset' },
      schema: { params: roleCodeParams },
    },
    async (request, reply) => {
      const { roleCode } = request.params;
      await inRequestTransaction(request, deps, (ctx) => resetRoleLayout(ctx, roleCode));
      return reply.status(204).send();
    },
  );
}
