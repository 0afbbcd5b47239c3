import type { ApiApp } from '../../http/context.ts';
import { writeEvent, type EventHub } from './events.hub.ts';

/**
 * A stream lives at most this long; the browser's EventSource then reconnects,
 * which checks the session again (a signed-out session stops receiving).
 */
const maxStreamMs = 15 * 60_000;

/** `GET /events`: my live events as text/event-stream (notification, counts). */
export function registerEventRoutes(app: ApiApp, hub: EventHub): void {
  app.get('/api/v1/events', { config: { access: 'authenticated' } }, (request, reply) => {
    const response = reply.raw;
    reply.hijack();
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      'x-request-id': String(request.id),
      // Tells nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    const remove = hub.add({ personId: request.user?.personId ?? null, response });
    // Whatever happened while this tab was away: one refetch brings it up to date.
    writeEvent(response, { event: 'counts', data: {} });
    const lifetime = setTimeout(() => response.end(), maxStreamMs);
    lifetime.unref();
    request.raw.on('close', () => {
      clearTimeout(lifetime);
      remove();
    });
  });
}
