import { z } from 'zod';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentPersonDetail, presentPersonSummary } from './org.presenter.ts';
import { idParams, pagedOf, searchQuery } from './org.schema.ts';
import { movePerson, setPersonStatus, updatePerson } from './people.edit.service.ts';
import {
  moveBody,
  peopleListQuery,
  personBody,
  personDetail,
  personPatch,
  personPick,
  personSummary,
} from './people.schema.ts';
import { createPerson, getPerson, listPeople, pickPeople } from './people.service.ts';

const tags = ['org'];
const manage = { access: 'org.manage' } as const;

/** People: the scoped list, the picker search, and edits. */
export function registerPeopleRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    '/api/v1/org/people',
    {
      config: { access: 'org.read' },
      schema: { tags, querystring: peopleListQuery, response: { 200: pagedOf(personSummary) } },
    },
    async (request) => {
      const query = request.query;
      const { rows, total } = await inRequestTransaction(request, deps, (ctx) =>
        listPeople(ctx, query),
      );
      return {
        items: rows.map(presentPersonSummary),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
  app.get(
    '/api/v1/org/people/search',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: searchQuery, response: { 200: z.array(personPick) } },
    },
    (request) =>
      inRequestTransaction(request, deps, (ctx) =>
        pickPeople(ctx, request.query.q, request.query.limit),
      ),
  );
  app.get(
    '/api/v1/org/people/:id',
    { config: manage, schema: { tags, params: idParams, response: { 200: personDetail } } },
    async (request) =>
      presentPersonDetail(
        await inRequestTransaction(request, deps, (ctx) => getPerson(ctx, request.params.id)),
      ),
  );
  app.post(
    '/api/v1/org/people',
    { config: manage, schema: { tags, body: personBody, response: { 201: personDetail } } },
    async (request, reply) => {
      const profile = await inRequestTransaction(request, deps, (ctx) =>
        createPerson(ctx, request.body),
      );
      return reply.status(201).send(presentPersonDetail(profile));
    },
  );
  app.patch(
    '/api/v1/org/people/:id',
    {
      config: manage,
      schema: { tags, params: idParams, body: personPatch, response: { 200: personDetail } },
    },
    async (request) =>
      presentPersonDetail(
        await inRequestTransaction(request, deps, (ctx) =>
          updatePerson(ctx, request.params.id, request.body),
        ),
      ),
  );
  for (const [action, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/api/v1/org/people/:id/${action}`,
      { config: manage, schema: { tags, params: idParams, response: { 200: personDetail } } },
      async (request) =>
        presentPersonDetail(
          await inRequestTransaction(request, deps, (ctx) =>
            setPersonStatus(ctx, request.params.id, status),
          ),
        ),
    );
  }
  app.post(
    '/api/v1/org/people/:id/move',
    {
      config: manage,
      schema: { tags, params: idParams, body: moveBody, response: { 200: personDetail } },
    },
    async (request) =>
      presentPersonDetail(
        await inRequestTransaction(request, deps, (ctx) =>
          movePerson(ctx, request.params.id, request.body.departmentId),
        ),
      ),
  );
}
