import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';
import { eventsModule } from './index.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld({ servers: 2 });
  const leave = linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
  expect((await world.deploy(leave)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

/** Signs in on a server with fetch and keeps the session cookie (like a browser's EventSource). */
async function cookieOf(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'World#Pass2026' }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** An open event stream: collects the events it receives. */
async function openStream(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(new URL('/api/v1/events', baseUrl), {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: { event: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data)
            events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    response,
    events,
    async waitFor(predicate: (e: { event: string; data: Record<string, unknown> }) => boolean) {
      for (let i = 0; i < 100; i++) {
        if (events.some(predicate)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`event not received; got ${JSON.stringify(events)}`);
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}

describe('live events over SSE', () => {
  it('refuses a caller who is not signed in', async () => {
    const response = await fetch(new URL('/api/v1/events', world.servers[0]!.baseUrl));
    expect(response.status).toBe(401);
  });

  it('an action through server A reaches the SSE client of server B', async () => {
    const serverB = world.servers[1]!.baseUrl;
    const stream = await openStream(serverB, await cookieOf(serverB, 'liu'));
    const bystander = await openStream(serverB, await cookieOf(serverB, 'li'));
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    // Every stream starts with a counts event, so a reconnecting tab catches up.
    await stream.waitFor((e) => e.event === 'counts');
    const before = stream.events.length;
    const instanceId = await world.start('zhang', 'leave', { amount: 1 });
    await stream.waitFor((e) => e.event === 'notification' && e.data.instanceId === instanceId);
    const notification = stream.events.find((e) => e.event === 'notification');
    expect(notification?.data).toMatchObject({ kind: 'task', instanceId });
    expect(typeof notification?.data.id).toBe('string');
    expect(stream.events.slice(before).some((e) => e.event === 'counts')).toBe(true);
    // Only the person concerned hears about it.
    expect(bystander.events.filter((e) => e.event === 'notification')).toEqual([]);
    await stream.close();
    await bystander.close();
  });

  it('the initiator hears about the result; streams are dropped on disconnect', async () => {
    const serverB = world.servers[1]!.baseUrl;
    const stream = await openStream(serverB, await cookieOf(serverB, 'zhang'));
    await stream.waitFor((e) => e.event === 'counts');
    const instanceId = await world.start('zhang', 'leave', { amount: 2 });
    const approved = await world
      .as('liu')
      .post(`/api/v1/workflow/instances/${instanceId}/approve`, { comment: '同意' });
    expect(approved.status).toBe(200);
    await stream.waitFor((e) => e.event === 'notification' && e.data.kind === 'result');
    const hub = eventsModule.hub(world.servers[1]!.app.deps);
    expect(hub.size()).toBe(1);
    await stream.close();
    for (let i = 0; i < 50 && hub.size() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(hub.size()).toBe(0);
  });
});
