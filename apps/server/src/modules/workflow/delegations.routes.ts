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
    const rows = await inRequestTransaction(request, deps, (ctx) => myDelegations(ctx));
    const now = deps.clock.now();
    return { items: rows.map((row) => presentDelegation(row, now)) };
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
          return {
            body: { delegation: presentDelegation(done.delegation, ctx.now) },
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
        return {
          body: { delegation: presentDelegation(done.delegation, ctx.now) },
          notifications: done.notifications,
        };
      }),
  );
}
