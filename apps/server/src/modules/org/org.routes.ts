import { z } from 'zod';
import type { ApiApp, AppDeps, AppModule } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { campuses, createCampus, positions, updateCampus } from './campuses.service.ts';
import { registerDepartmentRoutes } from './departments.routes.ts';
import { presentCampus, presentPosition } from './org.presenter.ts';
import { campus, campusBody, campusPatch, idParams, position } from './org.schema.ts';
import { registerPeopleRoutes } from './people.routes.ts';
import { registerRoleRoutes } from './roles.routes.ts';
import { registerTransferRoutes, xlsxContentType } from './transfer.routes.ts';

const tags = ['org'];

function registerCampusRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    '/api/v1/org/campuses',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: z.array(campus) } } },
    async (request) =>
      (await inRequestTransaction(request, deps, (ctx) => campuses(ctx))).map(presentCampus),
  );
  app.post(
    '/api/v1/org/campuses',
    {
      config: { access: 'org.manage' },
      schema: { tags, body: campusBody, response: { 201: campus } },
    },
    async (request, reply) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        createCampus(ctx, request.body),
      );
      return reply.status(201).send(presentCampus(row));
    },
  );
  app.patch(
    '/api/v1/org/campuses/:id',
    {
      config: { access: 'org.manage' },
      schema: { tags, params: idParams, body: campusPatch, response: { 200: campus } },
    },
    async (request) =>
      presentCampus(
        await inRequestTransaction(request, deps, (ctx) =>
          updateCampus(ctx, request.params.id, request.body),
        ),
      ),
  );
  app.get(
    '/api/v1/org/positions',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: z.array(position) } } },
    async (request) =>
      (await inRequestTransaction(request, deps, (ctx) => positions(ctx))).map(presentPosition),
  );
}

/**
 * The organisation module: campuses, departments, positions, people, roles,
 * Excel import and export. Registered in one encapsulated plugin so the
 * .xlsx body parser applies to these routes only.
 */
export const orgModule: AppModule = {
  name: 'org',
  registerRoutes(app, deps) {
    void app.register(async (scope: ApiApp) => {
      scope.addContentTypeParser(
        xlsxContentType,
        { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
        (_request, body, done) => done(null, body),
      );
      registerCampusRoutes(scope, deps);
      registerDepartmentRoutes(scope, deps);
      registerPeopleRoutes(scope, deps);
      registerRoleRoutes(scope, deps);
      registerTransferRoutes(scope, deps);
      return Promise.resolve();
    });
  },
};
