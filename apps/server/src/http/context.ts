import type { Clock, CurrentUser } from '@yuanwu/kernel';
import type { Permission } from '@yuanwu/contracts';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { AuditActor, AuditRecorder } from '../platform/audit.ts';

/** What a route may require: a function right, any signed-in user, or nothing. */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set before any handler runs. */
    user: CurrentUser | null;
    /** The session's CSRF token, required in `x-csrf-token` on writes. */
    csrfToken: string | null;
    /** True while an initial or reset password must be changed first. */
    mustChangePassword: boolean;
    /** Set when a handler recorded its own audit entry. */
    auditRecorded: boolean;
    /** The error code the handler failed with, for the audit entry. */
    failureCode: string | null;
  }
  interface FastifyContextConfig {
    /** Every /api route declares what it needs; the server refuses to start otherwise. */
    access?: RouteAccess;
    /** Audit action name for writes that do not record their own entry. */
    auditAction?: string;
    /** Reachable before a forced password change (e.g. change password, logout). */
    allowDuringPasswordChange?: boolean;
  }
}

/** Everything a module's routes may use, built once in the composition root. */
export interface AppDeps {
  config: AppConfig;
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  audit: AuditRecorder;
}

/** The Fastify instance with zod schemas as the type provider. */
export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module plugs its routes (and later jobs, triggers) into the app. */
export interface AppModule {
  name: string;
  registerRoutes(app: ApiApp, deps: AppDeps): void;
}

/** The result of reading a request's session cookie. */
export interface Authentication {
  user: CurrentUser;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** Resolves the session of a request; supplied by the auth module. */
export interface Authenticator {
  authenticate(request: FastifyRequest): Promise<Authentication | null>;
}

/** The audit actor of a request: the signed-in user or the anonymous caller. */
export function actorOf(request: FastifyRequest): AuditActor {
  return {
    accountId: request.user?.accountId ?? null,
    username: request.user?.username ?? '',
    name: request.user?.displayName ?? '',
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
    requestId: String(request.id),
  };
}
