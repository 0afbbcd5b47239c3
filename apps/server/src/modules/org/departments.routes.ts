import { z } from 'zod';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { updateDepartment } from './departments.edit.service.ts';
import {
  createDepartment,
  deleteDepartment,
  departmentTree,
  searchDepartments,
} from './departments.service.ts';
import { presentDepartment } from './org.presenter.ts';
import {
  department,
  departmentBody,
  departmentNode,
  departmentPatch,
  idParams,
  searchQuery,
} from './org.schema.ts';

const tags = ['org'];

/** Department tree, search and edits. */
export function registerDepartmentRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    '/api/v1/org/departments/tree',
    {
      config: { access: 'authenticated' },
      schema: { tags, response: { 200: z.array(departmentNode) } },
    },
    (request) => inRequestTransaction(request, deps, (ctx) => departmentTree(ctx)),
  );
  app.get(
    '/api/v1/org/departments/search',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: searchQuery, response: { 200: z.array(department) } },
    },
    async (request) => {
      const { q, limit } = request.query;
      const rows = await inRequestTransaction(request, deps, (ctx) =>
        searchDepartments(ctx, q, limit),
      );
      return rows.map(presentDepartment);
    },
  );
  app.post(
    '/api/v1/org/departments',
    {
      config: { access: 'org.manage' },
      schema: { tags, body: departmentBody, response: { 201: department } },
    },
    async (request, reply) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        createDepartment(ctx, request.body),
      );
      return reply.status(201).send(presentDepartment(row));
    },
  );
  app.patch(
    '/api/v1/org/departments/:id',
    {
      config: { access: 'org.manage' },
      schema: { tags, params: idParams, body: departmentPatch, response: { 200: department } },
    },
    async (request) =>
      presentDepartment(
        await inRequestTransaction(request, deps, (ctx) =>
          updateDepartment(ctx, request.params.id, request.body),
        ),
      ),
  );
  app.delete(
    '/api/v1/org/departments/:id',
    { config: { access: 'org.manage' }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) => deleteDepartment(ctx, request.params.id));
      return reply.status(204).send();
    },
  );
}
