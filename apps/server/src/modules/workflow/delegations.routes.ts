import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { performOnce } from './actions.http.ts';
import { presentDelegation } from './delegations.presenter.ts';
import { delegateBody, revokeBody } from './delegations.schema.ts';
import { delegate, myDelegations, revokeDelegation } from './delegations.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

const base = '/api/v1/workflow/delegations';

/** 授权代理: set, revoke and list my delegations. */
export function registerDelegationRoutes(
  app: ApiApp,
  deps: AppDeps,
  runtime: WorkflowRuntime,
): void {
  app.get(base, { config: { access: 'authenticated' } }, async (request) => {
    const { rows, directory } = await inRequestTransaction(request, deps, async (ctx) => ({
      rows: await myDelegations(ctx),
      directory: await runtime.directory.current(ctx.trx),
    }));
    const now = deps.clock.now();
    const nameOf = (id: string) => directory.personName(id);
    return { items: rows.map((row) => presentDelegation(row, now, nameOf)) };
  });

  app.post(
    base,
    {
      config: { access: 'authenticated', auditAction: 'workflow.delegation.create' },
      schema: { body: delegateBody },
    },
    (request, reply) => {
      const { requestId: _requestId, ...input } = request.body;
      return performOnce(
        request,
        reply,
        deps,
        runtime,
        async (ctx) => {
          const done = await delegate(ctx, runtime, input);
          const directory = await runtime.directory.current(ctx.trx);
          const nameOf = (id: string) => directory.personName(id);
          return {
            body: { delegation: presentDelegation(done.delegation, ctx.now, nameOf) },
            notifications: done.notifications,
          };
        },
        201,
      );
    },
  );

  app.post(
    `${base}/revoke`,
    {
      config: { access: 'authenticated', auditAction: 'workflow.delegation.revoke' },
      schema: { body: revokeBody.optional() },
    },
    (request, reply) =>
      performOnce(request, reply, deps, runtime, async (ctx) => {
        const done = await revokeDelegation(ctx, runtime);
        const directory = await runtime.directory.current(ctx.trx);
        const nameOf = (id: string) => directory.personName(id);
        return {
          body: { delegation: presentDelegation(done.delegation, ctx.now, nameOf) },
          notifications: done.notifications,
        };
      }),
  );
}
