import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

// Really parallel HTTP requests against a listening server (SECURITY.md 34).
let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  for (const definition of [
    linearProcess('one', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]),
    linearProcess('any', [{ id: 'lead', assignee: { people: ['wang', 'zhao'] }, mode: 'any' }]),
    linearProcess('all', [{ id: 'review', assignee: { role: 'fin-reviewer' }, mode: 'all' }]),
    {
      key: 'split',
      name: '并行',
      form: { fields: [{ key: 'amount', label: '金额', type: 'money' }] },
      nodes: [
        { id: 'start', type: 'start' },
        { id: 'p', type: 'parallel' },
        { id: 'a', type: 'approval', assignee: { people: ['zhou'] } },
        { id: 'b', type: 'approval', assignee: { people: ['chen'] } },
        { id: 'c', type: 'approval', assignee: { people: ['qian'] } },
        { id: 'j', type: 'join' },
        { id: 'after', type: 'approval', assignee: { people: ['wang'] } },
        { id: 'end', type: 'end' },
      ],
      edges: [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'a' },
        { from: 'p', to: 'b' },
        { from: 'p', to: 'c' },
        { from: 'a', to: 'j' },
        { from: 'b', to: 'j' },
        { from: 'c', to: 'j' },
        { from: 'j', to: 'after' },
        { from: 'after', to: 'end' },
      ],
    },
  ]) {
    expect((await world.deploy(definition)).status).toBe(201);
  }
}, 60_000);

afterAll(() => world.close());

const approve = (person: string, id: string, body: object = {}) =>
  world.as(person).post(`/api/v1/workflow/instances/${id}/approve`, body);

async function view(id: string) {
  return (await world.as('zhang').get(`/api/v1/workflow/instances/${id}`)).body as {
    status: string;
    history: { node: string; person: string; action: string }[];
    tasks: { node: string; assignee: string; state: string }[];
  };
}

describe('two people acting on one instance at once', () => {
  it('the same approval sent twice at once: one succeeds, the other gets conflict', async () => {
    const id = await world.start('zhang', 'one', { amount: 1 });
    const outcomes = (await Promise.all([approve('liu', id), approve('liu', id)])).map(outcomeOf);
    expect(outcomes.sort()).toEqual(['conflict', 'ok']);
    const state = await view(id);
    expect(state.status).toBe('completed');
    expect(state.history.filter((entry) => entry.action === 'approved')).toHaveLength(1);
  });

  it('an approval and a rejection at once: exactly one decides', async () => {
    const id = await world.start('zhang', 'one', { amount: 1 });
    const outcomes = (
      await Promise.all([
        approve('liu', id),
        world.as('liu').post(`/api/v1/workflow/instances/${id}/reject`, {}),
      ])
    ).map(outcomeOf);
    expect(outcomes.sort()).toEqual(['conflict', 'ok']);
    expect(['completed', 'rejected']).toContain((await view(id)).status);
  });

  it('any-mode: both approvers at once, exactly one wins and the result is sent once', async () => {
    const id = await world.start('zhang', 'any', { amount: 1 });
    const outcomes = (await Promise.all([approve('wang', id), approve('zhao', id)])).map(outcomeOf);
    expect(outcomes.sort()).toEqual(['conflict', 'ok']);
    const rows = await world.ownerDb
      .selectFrom('workflow_notification')
      .select('kind')
      .where('instance_id', '=', id)
      .where('kind', '=', 'result')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('all-mode: every reviewer at once, all succeed and the node passes once', async () => {
    const id = await world.start('zhang', 'all', { amount: 1 });
    const outcomes = (await Promise.all([approve('qian', id), approve('sun', id)])).map(outcomeOf);
    expect(outcomes).toEqual(['ok', 'ok']);
    const state = await view(id);
    expect(state.status).toBe('completed');
    expect(state.history.map((entry) => entry.action)).toEqual([
      'submitted',
      'approved',
      'approved',
    ]);
  });

  it('three parallel branches approved at once: the join fires once', async () => {
    const id = await world.start('zhang', 'split', { amount: 1 });
    const outcomes = (
      await Promise.all([approve('zhou', id), approve('chen', id), approve('qian', id)])
    ).map(outcomeOf);
    expect(outcomes).toEqual(['ok', 'ok', 'ok']);
    const state = await view(id);
    const open = state.tasks.filter((task) => task.state === 'open');
    expect(open.map((task) => task.node)).toEqual(['after']);
    const projected = await world.ownerDb
      .selectFrom('workflow_task')
      .select(['node_id', 'state'])
      .where('instance_id', '=', id)
      .where('node_id', '=', 'after')
      .execute();
    expect(projected).toEqual([{ node_id: 'after', state: 'open' }]);
  });

  it('twenty instances approved in parallel all complete and their projections agree', async () => {
    const ids = await Promise.all(
      Array.from({ length: 20 }, () => world.start('zhang', 'one', { amount: 1 })),
    );
    const outcomes = (await Promise.all(ids.map((id) => approve('liu', id)))).map(outcomeOf);
    expect(new Set(outcomes)).toEqual(new Set(['ok']));
    const open = await world.ownerDb
      .selectFrom('workflow_task')
      .select('id')
      .where('instance_id', 'in', ids)
      .where('state', '=', 'open')
      .execute();
    expect(open).toHaveLength(0);
  });
});
