import { AppError, can } from '@yuanwu/kernel';
import type { FastifyRequest, RouteOptions } from 'fastify';
import type { Authenticator } from './context.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses to register an /api route that does not declare what it needs. */
export function assertRouteDeclaresAccess(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  if (route.url.startsWith('/api/docs')) return;
  const access = (route.config as { access?: unknown } | undefined)?.access;
  if (!access) {
    throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access.`);
  }
}

/**
 * Reads the session, checks CSRF on writes and enforces the route's declared
 * access. Runs before the body is parsed, so a user without the right learns
 * nothing from validation messages.
 */
export function createAccessGuard(authenticator: Authenticator) {
  return async (request: FastifyRequest): Promise<void> => {
    request.user = null;
    request.csrfToken = null;
    request.mustChangePassword = false;
    request.auditRecorded = false;
    request.failureCode = null;
    const config = request.routeOptions.config;
    const access = config.access;
    if (!request.url.startsWith('/api/') || access === undefined) return;

    const authentication = await authenticator.authenticate(request);
    if (authentication) {
      request.user = authentication.user;
      request.csrfToken = authentication.csrfToken;
      request.mustChangePassword = authentication.mustChangePassword;
    }
    if (access === 'public') return;
    if (!request.user) throw new AppError('unauthenticated', '请先登录');
    if (
      unsafeMethods.has(request.method) &&
      request.headers['x-csrf-token'] !== request.csrfToken
    ) {
      throw new AppError('forbidden', '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
    }
    if (request.mustChangePassword && !config.allowDuringPasswordChange) {
      throw new AppError('password_change_required', '请先修改初始密码');
    }
    if (access !== 'authenticated' && !can(request.user, access)) {
      throw new AppError('forbidden', '没有权限执行此操作');
    }
  };
}
