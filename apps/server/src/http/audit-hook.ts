import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditRecorder } from '../platform/audit.ts';
import { actorOf } from './context.ts';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Guarantees every write through the API leaves an audit entry: handlers
 * record rich entries inside their transaction; any write that did not
 * (a refused or failed one, or a simple handler) gets a generic entry here,
 * written before the response leaves.
 */
export function createWriteAuditHook(audit: AuditRecorder) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!writeMethods.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.auditRecorded) return;
    const config = request.routeOptions.config;
    const failed = reply.statusCode >= 400;
    const params = (request.params ?? {}) as Record<string, unknown>;
    const targetId = typeof params.id === 'string' ? params.id : null;
    await audit.recordAlone(actorOf(request), {
      action: config.auditAction ?? `${request.method} ${request.routeOptions.url ?? request.url}`,
      targetType: null,
      targetId,
      result: failed ? 'failure' : 'success',
      errorCode: failed ? (request.failureCode ?? `http_${reply.statusCode}`) : null,
      summary: { status: reply.statusCode },
    });
    request.auditRecorded = true;
  };
}
