import { z } from 'zod';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { presentRole, presentRoleGroup, presentRoleMember } from './org.presenter.ts';
import { idParams, pagedOf } from './org.schema.ts';
import {
  memberParams,
  membersBody,
  membersQuery,
  role,
  roleBody,
  roleGroup,
  roleGroupBody,
  roleMember,
  rolePatch,
} from './roles.schema.ts';
import { addRoleMembers, removeRoleMember, roleMembers } from './role-members.service.ts';
import { createRole, createRoleGroup, roleGroups, roles, updateRole } from './roles.service.ts';

const tags = ['org'];
const read = { access: 'role.read' } as const;
const manage = { access: 'role.manage' } as const;

/** Roles, role groups and role members. */
export function registerRoleRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(
    '/api/v1/org/roles',
    { config: read, schema: { tags, response: { 200: z.array(role) } } },
    async (request) =>
      (await inRequestTransaction(request, deps, (ctx) => roles(ctx))).map(presentRole),
  );
  app.post(
    '/api/v1/org/roles',
    { config: manage, schema: { tags, body: roleBody, response: { 201: role } } },
    async (request, reply) => {
      const row = await inRequestTransaction(request, deps, (ctx) => createRole(ctx, request.body));
      return reply.status(201).send(presentRole(row));
    },
  );
  app.patch(
    '/api/v1/org/roles/:id',
    {
      config: manage,
      schema: { tags, params: idParams, body: rolePatch, response: { 200: role } },
    },
    async (request) =>
      presentRole(
        await inRequestTransaction(request, deps, (ctx) =>
          updateRole(ctx, request.params.id, request.body),
        ),
      ),
  );
  app.get(
    '/api/v1/org/role-groups',
    { config: read, schema: { tags, response: { 200: z.array(roleGroup) } } },
    async (request) =>
      (await inRequestTransaction(request, deps, (ctx) => roleGroups(ctx))).map(presentRoleGroup),
  );
  app.post(
    '/api/v1/org/role-groups',
    { config: manage, schema: { tags, body: roleGroupBody, response: { 201: roleGroup } } },
    async (request, reply) => {
      const row = await inRequestTransaction(request, deps, (ctx) =>
        createRoleGroup(ctx, request.body),
      );
      return reply.status(201).send(presentRoleGroup(row));
    },
  );
  app.get(
    '/api/v1/org/roles/:id/members',
    {
      config: read,
      schema: {
        tags,
        params: idParams,
        querystring: membersQuery,
        response: { 200: pagedOf(roleMember) },
      },
    },
    async (request) => {
      const query = request.query;
      const { rows, total } = await inRequestTransaction(request, deps, (ctx) =>
        roleMembers(ctx, request.params.id, query),
      );
      return {
        items: rows.map(presentRoleMember),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
  app.post(
    '/api/v1/org/roles/:id/members',
    {
      config: manage,
      schema: {
        tags,
        params: idParams,
        body: membersBody,
        response: { 200: z.object({ added: z.number().int() }) },
      },
    },
    (request) =>
      inRequestTransaction(request, deps, (ctx) =>
        addRoleMembers(ctx, request.params.id, request.body.personIds),
      ),
  );
  app.delete(
    '/api/v1/org/roles/:id/members/:personId',
    { config: manage, schema: { tags, params: memberParams } },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) =>
        removeRoleMember(ctx, request.params.id, request.params.personId),
      );
      return reply.status(204).send();
    },
  );
}
