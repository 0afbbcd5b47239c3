import type { ApiApp, AppDeps } from '../../http/context.ts';
import { currentDefinition } from './definitions.cache.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { categories, changeCategory, createCategory } from './categories.service.ts';
import { presentCategory, presentProcessRow, presentVersions } from './definitions.presenter.ts';
import {
  categoriseBody,
  categoryParams,
  copyBody,
  createCategoryBody,
  deployBody,
  deployQuery,
  exportQuery,
  listProcessesQuery,
  processParams,
  updateCategoryBody,
} from './definitions.schema.ts';
import {
  categoriseProcess,
  copyProcess,
  deployProcess,
  exportDefinition,
  getProcess,
  listProcesses,
} from './definitions.service.ts';

const base = '/api/v1/workflow';

/** Processes, versions and categories: deploy, import, export, copy (流程设计). */
export function registerDefinitionRoutes(
  app: ApiApp,
  deps: AppDeps,
  runtime: WorkflowRuntime,
): void {
  app.get(
    `${base}/processes`,
    { config: { access: 'authenticated' }, schema: { querystring: listProcessesQuery } },
    async (request) => {
      const rows = await inRequestTransaction(request, deps, (ctx) =>
        listProcesses(ctx, runtime, request.query),
      );
      return { items: rows.map(presentProcessRow) };
    },
  );

  // Deploy and import are one operation: a definition in the interchange format.
  for (const path of [`${base}/processes`, `${base}/processes/import`]) {
    app.post(
      path,
      {
        config: { access: 'workflow.design', auditAction: 'workflow.process.deploy' },
        schema: { body: deployBody, querystring: deployQuery },
      },
      async (request, reply) => {
        const deployed = await inRequestTransaction(request, deps, (ctx) =>
          deployProcess(ctx, request.body, { categoryId: request.query.categoryId }),
        );
        return reply.status(201).send({ process: deployed });
      },
    );
  }

  app.get(
    `${base}/processes/:key`,
    { config: { access: 'authenticated' }, schema: { params: processParams } },
    async (request) => {
      const found = await inRequestTransaction(request, deps, (ctx) =>
        getProcess(ctx, request.params.key),
      );
      return {
        key: found.process.key,
        name: found.process.name,
        version: found.process.current_version,
        categoryId: found.process.category_id,
        versions: presentVersions(found.versions),
      };
    },
  );

  // Export: the whole definition in the interchange format, for designers.
  app.get(
    `${base}/processes/:key/definition`,
    {
      config: { access: 'workflow.design' },
      schema: { params: processParams, querystring: exportQuery },
    },
    async (request) => {
      const found = await inRequestTransaction(request, deps, (ctx) =>
        exportDefinition(ctx, request.params.key, request.query.version),
      );
      return found.definition;
    },
  );

  // What the start page needs: the current version's form (everything is editable at start).
  app.get(
    `${base}/processes/:key/form`,
    { config: { access: 'authenticated' }, schema: { params: processParams } },
    async (request) => {
      const loaded = await inRequestTransaction(request, deps, (ctx) =>
        currentDefinition(runtime, ctx.trx, request.params.key),
      );
      const definition = loaded.stored as { key: string; name: string; form: unknown };
      return {
        key: definition.key,
        name: definition.name,
        version: loaded.version,
        form: definition.form,
      };
    },
  );

  app.post(
    `${base}/processes/:key/copy`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.process.copy' },
      schema: { params: processParams, body: copyBody },
    },
    async (request, reply) => {
      const deployed = await inRequestTransaction(request, deps, (ctx) =>
        copyProcess(ctx, request.params.key, request.body),
      );
      return reply.status(201).send({ process: deployed });
    },
  );

  app.put(
    `${base}/processes/:key/category`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.process.categorise' },
      schema: { params: processParams, body: categoriseBody },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) =>
        categoriseProcess(ctx, request.params.key, request.body.categoryId),
      );
      return reply.status(204).send();
    },
  );

  app.get(`${base}/categories`, { config: { access: 'authenticated' } }, async (request) => {
    const rows = await inRequestTransaction(request, deps, (ctx) => categories(ctx));
    return { items: rows.map(presentCategory) };
  });

  app.post(
    `${base}/categories`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.category.create' },
      schema: { body: createCategoryBody },
    },
    async (request, reply) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        createCategory(ctx, request.body),
      );
      return reply.status(201).send(presentCategory(row));
    },
  );

  app.patch(
    `${base}/categories/:id`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.category.update' },
      schema: { params: categoryParams, body: updateCategoryBody },
    },
    async (request) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        changeCategory(ctx, request.params.id, request.body),
      );
      return row ? presentCategory(row) : null;
    },
  );

  app.delete(
    `${base}/categories/:id`,
    {
      config: { access: 'workflow.design', auditAction: 'workflow.category.delete' },
      schema: { params: categoryParams },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) =>
        changeCategory(ctx, request.params.id, { deleted: true }),
      );
      return reply.status(204).send();
    },
  );
}
