import { AppError, type CurrentUser } from '@yuanwu/kernel';
import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type ApiApp, type AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import type { AuditActor } from '../audit/index.ts';
import { login } from './auth.login.service.ts';
import { changeOwnPassword } from './auth.password.service.ts';
import { presentSession } from './auth.presenter.ts';
import type { AccountRow } from './auth.repository.ts';
import { changePasswordBody, loginBody } from './auth.schema.ts';
import { currentIdentity, logout } from './auth.session.service.ts';
import type { PasswordHasher } from './password.hashing.ts';
import { sessionCookieName, sessionCookieOptions } from './session.tokens.ts';

/** The signed-in user of a route that requires one (the access guard has checked). */
export function signedInUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new AppError('unauthenticated', '请先登录');
  return request.user;
}

// A login attempt has no user yet: the entry names the account it tried, if any.
function loginActor(request: FastifyRequest, account: AccountRow | null): AuditActor {
  return {
    ...actorOf(request),
    accountId: account?.id ?? null,
    username: account?.username ?? '',
    name: account?.display_name ?? '',
  };
}

/** Login, logout, the current session and changing one's own password. */
export function registerAuthRoutes(app: ApiApp, deps: AppDeps, hasher: PasswordHasher): void {
  const cookieName = sessionCookieName(deps.config);
  const cookieOptions = sessionCookieOptions(deps.config);

  app.post(
    '/api/v1/auth/login',
    { config: { access: 'public', auditAction: 'auth.login' }, schema: { body: loginBody } },
    async (request, reply) => {
      // Refusals are returned, not thrown, so their login-log and audit rows commit.
      const outcome = await inTransaction(deps.db, (trx) =>
        login(
          {
            trx,
            now: deps.clock.now(),
            hasher,
            timeZone: deps.config.timeZone,
            audit: (account, event) => deps.audit.record(trx, loginActor(request, account), event),
          },
          {
            username: request.body.username,
            password: request.body.password,
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? '',
            presentedSessionId: request.user?.sessionId ?? null,
          },
        ),
      );
      // The entries committed with the login; a failed seal is retried by the periodic one.
      await deps.audit
        .seal()
        .catch((error: unknown) => request.log.error({ err: error }, 'audit seal failed'));
      request.auditRecorded = true;
      if (!outcome.ok) throw outcome.error;
      reply.setCookie(cookieName, outcome.token, cookieOptions);
      return presentSession(outcome.identity, outcome.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: {
        access: 'authenticated',
        allowDuringPasswordChange: true,
        auditAction: 'auth.logout',
      },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) => logout(ctx));
      reply.clearCookie(cookieName, cookieOptions);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/session',
    { config: { access: 'authenticated', allowDuringPasswordChange: true } },
    async (request) => {
      const identity = await currentIdentity(deps.db, signedInUser(request), deps.clock.now());
      return presentSession(identity, request.csrfToken ?? '');
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: {
        access: 'authenticated',
        allowDuringPasswordChange: true,
        auditAction: 'auth.password.change',
      },
      schema: { body: changePasswordBody },
    },
    async (request, reply) => {
      await inRequestTransaction(request, deps, (ctx) =>
        changeOwnPassword(ctx, hasher, request.body),
      );
      return reply.status(204).send();
    },
  );
}
