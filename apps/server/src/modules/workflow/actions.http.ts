import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { once } from './idempotency.service.ts';
import type { ActionResult } from './instances.service.ts';
import { presentActionResult } from './instances.presenter.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

function requestIdOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (typeof header === 'string' && header !== '') return header;
  const body = request.body as { requestId?: unknown } | null | undefined;
  return typeof body?.requestId === 'string' ? body.requestId : null;
}

/** A write's answer plus the notifications it recorded. */
export interface Performed<T> {
  body: T;
  notifications: DeliveredNotification[];
}

/**
 * Runs one workflow write for a route: at most once per request id
 * (`Idempotency-Key` or `requestId`), in one transaction; after the commit the
 * new notifications go to the other channels (never before: the transaction
 * may still be retried or rolled back).
 */
export async function performOnce<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  runtime: WorkflowRuntime,
  work: (ctx: ServiceContext) => Promise<Performed<T>>,
  status = 200,
) {
  const key = requestIdOf(request);
  const route = `${request.method} ${request.url.split('?')[0] ?? ''}`;
  let delivered: DeliveredNotification[] = [];
  const response = await inRequestTransaction(request, deps, (ctx) => {
    delivered = [];
    return once(ctx, { key, route, status }, async () => {
      const result = await work(ctx);
      delivered = result.notifications;
      return result.body;
    });
  });
  runtime.notifications.dispatch(delivered);
  if (response.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(response.status).send(response.body);
}

/** `performOnce` for an instance action: answers the instance's new status and revision. */
export function performAction(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  runtime: WorkflowRuntime,
  work: (ctx: ServiceContext) => Promise<ActionResult>,
  status = 200,
) {
  return performOnce(
    request,
    reply,
    deps,
    runtime,
    async (ctx) => {
      const result = await work(ctx);
      return { body: presentActionResult(result), notifications: result.notifications };
    },
    status,
  );
}
