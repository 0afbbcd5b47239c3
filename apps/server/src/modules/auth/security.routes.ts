import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import type { PasswordHasher } from './password.hashing.ts';
import {
  accountPage,
  resetAccountPassword,
  setAdminKind,
  unlockAccount,
} from './security.accounts.service.ts';
import { readSecurityPolicy, updateSecurityPolicy } from './security.policy.service.ts';
import { presentAccount, presentPolicy } from './security.presenter.ts';
import { permissionList, roleGrants, setRoleGrants } from './security.rights.service.ts';
import {
  accountListQuery,
  adminKindBody,
  idParams,
  roleGrantsBody,
  securityPolicyBody,
} from './security.schema.ts';

/** The security administrator's routes: policy, accounts and rights (安全管理员). */
export function registerSecurityRoutes(app: ApiApp, deps: AppDeps, hasher: PasswordHasher): void {
  app.get('/api/v1/security/policy', { config: { access: 'security.policy' } }, async (request) =>
    presentPolicy(await inRequestTransaction(request, deps, (ctx) => readSecurityPolicy(ctx))),
  );

  app.put(
    '/api/v1/security/policy',
    {
      config: { access: 'security.policy', auditAction: 'security.policy.update' },
      schema: { body: securityPolicyBody },
    },
    async (request) =>
      presentPolicy(
        await inRequestTransaction(request, deps, (ctx) => updateSecurityPolicy(ctx, request.body)),
      ),
  );

  app.get(
    '/api/v1/security/accounts',
    { config: { access: 'security.accounts' }, schema: { querystring: accountListQuery } },
    async (request) => {
      const query = request.query;
      const page = await inRequestTransaction(request, deps, (ctx) => accountPage(ctx, query));
      const now = deps.clock.now();
      return {
        items: page.rows.map((row) =>
          presentAccount(row, (row.person_id && page.departments.get(row.person_id)) || null, now),
        ),
        total: page.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.post(
    '/api/v1/security/accounts/:id/unlock',
    {
      config: { access: 'security.accounts', auditAction: 'security.account.unlock' },
      schema: { params: idParams },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) => unlockAccount(ctx, request.params.id));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/security/accounts/:id/reset-password',
    {
      config: { access: 'security.accounts', auditAction: 'security.account.reset_password' },
      schema: { params: idParams },
    },
    async (request) => ({
      temporaryPassword: await inRequestTransaction(request, deps, (ctx) =>
        resetAccountPassword(ctx, hasher, request.params.id),
      ),
    }),
  );

  app.put(
    '/api/v1/security/accounts/:id/admin-kind',
    {
      config: { access: 'security.rights', auditAction: 'security.account.admin_kind' },
      schema: { params: idParams, body: adminKindBody },
    },
    async (request) => {
      const changed = await inRequestTransaction(request, deps, (ctx) =>
        setAdminKind(ctx, request.params.id, request.body.adminKind),
      );
      return presentAccount(changed.account, changed.departmentName, deps.clock.now());
    },
  );

  app.get('/api/v1/security/permissions', { config: { access: 'security.rights' } }, () =>
    permissionList(),
  );

  app.get(
    '/api/v1/security/roles/:id/permissions',
    { config: { access: 'security.rights' }, schema: { params: idParams } },
    async (request) => ({
      grants: await inRequestTransaction(request, deps, (ctx) =>
        roleGrants(ctx, request.params.id),
      ),
    }),
  );

  app.put(
    '/api/v1/security/roles/:id/permissions',
    {
      config: { access: 'security.rights', auditAction: 'security.role.permissions' },
      schema: { params: idParams, body: roleGrantsBody },
    },
    async (request) => ({
      grants: await inRequestTransaction(request, deps, (ctx) =>
        setRoleGrants(ctx, request.params.id, request.body.grants),
      ),
    }),
  );
}
