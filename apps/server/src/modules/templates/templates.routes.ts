import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentTemplate } from './templates.presenter.ts';
import { templateParams } from './templates.schema.ts';
import { installTemplate, listTemplates } from './templates.service.ts';

const base = '/api/v1/workflow/templates';

/** 流程模板库: ready processes a designer installs (and reinstalls as a new version). */
export function registerTemplateRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(base, { config: { access: 'workflow.design' } }, async (request) => {
    const listed = await inRequestTransaction(request, deps, (ctx) => listTemplates(ctx));
    return { items: listed.map(presentTemplate) };
  });

  app.post(
    `${base}/:key/install`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.template.install' },
      schema: { params: templateParams },
    },
    async (request, reply) => {
      const deployed = await inRequestTransaction(request, deps, (ctx) =>
        installTemplate(ctx, request.params.key),
      );
      return reply.status(201).send({ process: deployed });
    },
  );
}
