import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { instanceParams } from './actions.schema.ts';
import { discardDraft } from './drafts.service.ts';
import { presentInstanceView } from './view.presenter.ts';
import { getInstanceView } from './view.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** The instance page: form for the reader, history, tasks, cc and the progress graph. */
export function registerInstanceRoutes(app: ApiApp, deps: AppDeps, runtime: WorkflowRuntime) {
  app.get(
    '/api/v1/workflow/instances/:id',
    { config: { access: 'authenticated' }, schema: { params: instanceParams } },
    async (request) => {
      const view = await inRequestTransaction(request, deps, (ctx) =>
        getInstanceView(ctx, runtime, request.params.id),
      );
      return presentInstanceView(view);
    },
  );

  app.delete(
    '/api/v1/workflow/instances/:id',
    {
      config: { access: 'authenticated', auditAction: 'workflow.instance.discard' },
      schema: { params: instanceParams },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) => discardDraft(ctx, request.params.id));
      return reply.status(204).send();
    },
  );
}
