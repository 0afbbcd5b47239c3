import type { AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;
const hour = 3_600_000;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = linearProcess('purchase', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
    { id: 'fin', assignee: { people: ['wang'] } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
  const clock = world.servers[0]!.app.clock as AdjustableClock;
  const act = (person: string, id: string, action: string, body: object = {}) =>
    world.as(person).post(`/api/v1/workflow/instances/${id}/${action}`, body);

  const a = await world.start('zhang', 'purchase', { amount: 1 });
  clock.advance(2 * hour);
  await act('liu', a, 'approve');
  clock.advance(4 * hour);
  await act('wang', a, 'return', { comment: '补材料' });
  clock.advance(hour);
  await act('liu', a, 'approve');
  await act('wang', a, 'approve');

  const b = await world.start('li', 'purchase', { amount: 2 });
  await act('liu', b, 'transfer', { to: world.ids.person('he') });
  clock.advance(hour);
  await act('he', b, 'reject');

  await world.start('zhang', 'purchase', { amount: 3 });
}, 60_000);

afterAll(() => world.close());

describe('流程监控 and statistics', () => {
  it('lists every instance with where it stands, filtered', async () => {
    const all = await world.as('admin').get('/api/v1/workflow/admin/instances');
    const body = all.body as {
      total: number;
      items: { status: string; openTasks: { node: string; assigneeName: string }[] }[];
    };
    expect(body.total).toBe(3);
    const running = await world.as('admin').get('/api/v1/workflow/admin/instances?status=running');
    expect((running.body as typeof body).items.map((i) => i.openTasks)).toEqual([
      [expect.objectContaining({ node: 'head', assigneeName: '刘主任' })],
    ]);
    const byInitiator = await world
      .as('admin')
      .get(`/api/v1/workflow/admin/instances?initiator=${world.ids.person('li')}`);
    expect((byInitiator.body as typeof body).items.map((i) => i.status)).toEqual(['rejected']);
    const byDepartment = await world
      .as('admin')
      .get(`/api/v1/workflow/admin/instances?department=${world.ids.department('fin')}`);
    expect((byDepartment.body as typeof body).total).toBe(0);
  });

  it('counts by outcome', async () => {
    const summary = await world
      .as('admin')
      .get('/api/v1/workflow/admin/summary?processKey=purchase');
    expect(summary.body).toEqual({
      items: [
        {
          processKey: 'purchase',
          processName: 'purchase',
          total: 3,
          counts: { completed: 1, rejected: 1, running: 1 },
        },
      ],
    });
  });

  it('per node: decisions, durations, returns, transfers, slowest people', async () => {
    const stats = (await world.as('admin').get('/api/v1/workflow/admin/statistics')).body as {
      processes: {
        processKey: string;
        finished: number;
        nodes: {
          node: string;
          decided: number;
          medianSeconds: number;
          returns: number;
          transfers: number;
        }[];
        slowestPeople: { name: string; medianSeconds: number }[];
      }[];
    };
    const [purchase] = stats.processes;
    expect(purchase?.finished).toBe(2);
    const head = purchase?.nodes.find((n) => n.node === 'head');
    const fin = purchase?.nodes.find((n) => n.node === 'fin');
    expect(head).toMatchObject({ decided: 3, transfers: 1 });
    expect(head!.medianSeconds).toBeGreaterThan(0);
    expect(fin).toMatchObject({ decided: 2, returns: 1 });
    expect(fin!.medianSeconds).toBeGreaterThanOrEqual(2 * 3600 - 5);
    expect(purchase?.slowestPeople[0]?.name).toBe('王科长');
  });

  it('is for workflow administrators only', async () => {
    const refused = await world.as('liu').get('/api/v1/workflow/admin/instances');
    expect(outcomeOf(refused)).toBe('forbidden');
  });
});
