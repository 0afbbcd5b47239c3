import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentProcessRow } from './definitions.presenter.ts';
import { processParams } from './definitions.schema.ts';
import { checkBody, designListQuery, rightsBody, simulateBody } from './design.schema.ts';
import {
  checkProcess,
  manageableProcesses,
  processRights,
  setProcessRights,
  simulateProcess,
} from './design.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

const base = '/api/v1/workflow';

/** 流程设计 at design time: check, simulate, the list of processes I manage, rights. */
export function registerDesignRoutes(app: ApiApp, deps: AppDeps, runtime: WorkflowRuntime): void {
  // Reads only, but a designer's tool: nothing is stored.
  app.post(
    `${base}/processes/check`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.process.check' },
      schema: { body: checkBody },
    },
    async (request) => {
      const problems = await inRequestTransaction(request, deps, (ctx) =>
        checkProcess(ctx, runtime, request.body),
      );
      return { problems };
    },
  );

  app.post(
    `${base}/processes/simulate`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.process.simulate' },
      schema: { body: simulateBody },
    },
    async (request) =>
      inRequestTransaction(request, deps, (ctx) => simulateProcess(ctx, runtime, request.body)),
  );

  app.get(
    `${base}/design/processes`,
    { config: { access: 'workflow.design' }, schema: { querystring: designListQuery } },
    async (request) => {
      const rows = await inRequestTransaction(request, deps, (ctx) =>
        manageableProcesses(ctx, runtime, request.query),
      );
      return {
        items: rows.map(({ row, rights }) => ({ ...presentProcessRow(row), rights })),
      };
    },
  );

  app.get(
    `${base}/processes/:key/rights`,
    { config: { access: 'workflow.design' }, schema: { params: processParams } },
    async (request) =>
      inRequestTransaction(request, deps, (ctx) => processRights(ctx, request.params.key)),
  );

  app.put(
    `${base}/processes/:key/rights`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.process.rights' },
      schema: { params: processParams, body: rightsBody },
    },
    async (request) =>
      inRequestTransaction(request, deps, (ctx) =>
        setProcessRights(ctx, request.params.key, request.body),
      ),
  );
}
