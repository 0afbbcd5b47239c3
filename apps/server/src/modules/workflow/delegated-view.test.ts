import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = {
    ...linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]),
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'head', type: 'approval', assignee: { departmentHead: 'initiator' } },
      { id: 'check', type: 'exclusive' },
      { id: 'vp', type: 'approval', assignee: { people: ['zhao'] } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'head' },
      { from: 'head', to: 'check' },
      { from: 'check', to: 'vp', when: 'amount > 100' },
      { from: 'check', to: 'end', default: true },
      { from: 'vp', to: 'end' },
    ],
  };
  expect((await world.deploy(process)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

describe('代我办理, delegate names, and the chart of a finished request', () => {
  it('lists what a delegate decided for me, and names the delegate', async () => {
    const he = world.ids.person('he');
    expect((await world.as('liu').post('/api/v1/workflow/delegations', { to: he })).status).toBe(
      201,
    );
    const mine = await world.as('liu').get('/api/v1/workflow/delegations');
    expect((mine.body as { items: { delegateName: string }[] }).items[0]?.delegateName).toBe(
      '何主任',
    );
    const id = await world.start('zhang', 'leave', { amount: 5 });
    expect((await world.as('he').post(`/api/v1/workflow/instances/${id}/approve`, {})).status).toBe(
      200,
    );
    const delegated = await world.as('liu').get('/api/v1/workflow/delegated');
    expect(delegated.body).toMatchObject({
      total: 1,
      items: [{ instanceId: id, node: 'head', onBehalfOf: he, itemState: 'approved' }],
    });
    const forHe = await world.as('he').get('/api/v1/workflow/delegated');
    expect((forHe.body as { total: number }).total).toBe(0);
  });

  it('marks the gateway and the end passed once the request is completed', async () => {
    await world.as('liu').post('/api/v1/workflow/delegations/revoke', {});
    const id = await world.start('zhang', 'leave', { amount: 5 });
    const running = await world.as('zhang').get(`/api/v1/workflow/instances/${id}`);
    const progress = (body: unknown) =>
      Object.fromEntries(
        (body as { graph: { nodes: { id: string; progress: string }[] } }).graph.nodes.map(
          (node) => [node.id, node.progress],
        ),
      );
    expect(progress(running.body)).toEqual({
      start: 'passed',
      head: 'current',
      check: 'untouched',
      vp: 'untouched',
      end: 'untouched',
    });
    await world.as('liu').post(`/api/v1/workflow/instances/${id}/approve`, {});
    const done = await world.as('zhang').get(`/api/v1/workflow/instances/${id}`);
    expect(progress(done.body)).toEqual({
      start: 'passed',
      head: 'passed',
      check: 'passed',
      vp: 'untouched',
      end: 'passed',
    });
  });
});
