import { newId } from '@yuanwu/kernel';
import { fillForm } from './load/forms.ts';
import type { ResourceMeter } from './load/resources.ts';
import { fillContext, pick, type LoadWorld } from './load/world.ts';
import type { VirtualUser } from './seed/sessions.ts';
import { costOf, drive, metered, perSecond, type OperationCost } from './throughput.ts';

/** What one request of an endpoint costs the machine (CPU ms per request), measured alone. */
export interface EndpointCost extends OperationCost {
  label: string;
  perSecond: number;
}

type Probe = [label: string, call: (user: VirtualUser) => Promise<unknown>];

function probes(world: LoadWorld, instances: string[]): Probe[] {
  const get = (label: string, path: (user: VirtualUser) => string) =>
    [label, (user: VirtualUser) => world.http.call(label, user, 'GET', path(user))] as Probe;
  return [
    get('workbench: counts', () => '/api/v1/workflow/counts'),
    get('workbench: todo list', () => '/api/v1/workflow/todo?pageSize=20'),
    get('list: done, page 2', () => '/api/v1/workflow/done?page=2&pageSize=20'),
    get('list: started', () => '/api/v1/workflow/started?pageSize=20'),
    get('open instance', () => `/api/v1/workflow/instances/${pick(instances) ?? ''}`),
    get('notifications', () => '/api/v1/workflow/notifications?pageSize=20'),
    get('person search (pinyin)', () => {
      const initials = pick(world.users)?.initials.slice(0, 2) ?? 'zw';
      return `/api/v1/org/people/search?q=${encodeURIComponent(initials)}`;
    }),
    get('start: catalogue', () => '/api/v1/workflow/processes'),
    get('start: form', () => `/api/v1/workflow/processes/${pick(world.startable)?.key}/form`),
    [
      'action: start',
      (user) => {
        const process = pick(world.startable);
        const form = process ? fillForm(process.fields, fillContext(world, user)) : null;
        return world.http.call(
          'action: start',
          user,
          'POST',
          '/api/v1/workflow/instances',
          { processKey: process?.key, form },
          { 'idempotency-key': newId() },
        );
      },
    ],
    [
      'login',
      (user) =>
        world.http.call('login', null, 'POST', '/api/v1/auth/login', {
          username: user.username,
          password: world.demoPassword,
        }),
    ],
  ];
}

/**
 * Each endpoint of the mix alone, 16 drivers for `seconds` after a warm-up in which every
 * caller's session check is cached: server and database CPU per request. Where a step's
 * cores go, endpoint by endpoint (`--only=costs`; not in the default run).
 */
export async function endpointCosts(
  world: LoadWorld,
  meter: ResourceMeter,
  instances: string[],
  seconds = 6,
): Promise<EndpointCost[]> {
  // Heads and staff alike, and few enough that their sessions stay cached.
  const callers = world.users.slice(0, 200);
  const costs: EndpointCost[] = [];
  for (const [label, call] of probes(world, instances)) {
    const once = async () => {
      await call(pick(callers) ?? callers[0]!);
      return 1;
    };
    await drive(2, once);
    const driven = await metered(meter, () => drive(seconds, once));
    costs.push({ label, perSecond: Math.round(perSecond(driven)), ...costOf(driven) });
  }
  return costs;
}
