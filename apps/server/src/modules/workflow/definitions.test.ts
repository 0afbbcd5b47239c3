import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
}, 60_000);

afterAll(() => world.close());

describe('processes, versions and categories', () => {
  it('deploys versions, exports each in the interchange format, imports it back', async () => {
    const v1 = linearProcess('seal', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
    const first = await world.deploy(v1);
    expect(first.body).toMatchObject({ process: { key: 'seal', version: 1 } });
    const v2 = linearProcess('seal', [{ id: 'fin', assignee: { people: ['wang'] } }]);
    expect((await world.deploy(v2)).body).toMatchObject({ process: { version: 2 } });

    const exported = await world
      .as('admin')
      .get('/api/v1/workflow/processes/seal/definition?version=1');
    expect(exported.body).toMatchObject({ key: 'seal', nodes: v1.nodes, edges: v1.edges });
    const form = await world.as('zhang').get('/api/v1/workflow/processes/seal/form');
    expect(form.body).toMatchObject({ key: 'seal', version: 2, form: v2.form });
    const refused = await world.as('zhang').get('/api/v1/workflow/processes/seal/definition');
    expect(outcomeOf(refused)).toBe('forbidden');
    const detail = await world.as('zhang').get('/api/v1/workflow/processes/seal');
    expect(detail.body).toMatchObject({ key: 'seal', version: 2 });
    expect((detail.body as { versions: unknown[] }).versions).toHaveLength(2);

    const reimported = await world.as('admin').post('/api/v1/workflow/processes/import', {
      ...(exported.body as object),
      key: 'seal-copy',
    });
    expect(reimported.body).toMatchObject({ process: { key: 'seal-copy', version: 1 } });
  });

  it('copies a process under a new key; an existing key is a conflict', async () => {
    const copy = await world
      .as('admin')
      .post('/api/v1/workflow/processes/seal/copy', { key: 'seal-2', name: '用章（院区二）' });
    expect(copy.body).toMatchObject({
      process: { key: 'seal-2', name: '用章（院区二）', version: 1 },
    });
    const again = await world
      .as('admin')
      .post('/api/v1/workflow/processes/seal/copy', { key: 'seal-2', name: '重复' });
    expect(outcomeOf(again)).toBe('conflict');
    const missing = await world
      .as('admin')
      .post('/api/v1/workflow/processes/nope/copy', { key: 'x', name: 'x' });
    expect(outcomeOf(missing)).toBe('not_found');
  });

  it('categories with colours group the process list', async () => {
    const created = await world
      .as('admin')
      .post('/api/v1/workflow/categories', { name: '行政', colour: '#13c2c2' });
    expect(created.status).toBe(201);
    const category = created.body as { id: string };
    const duplicate = await world
      .as('admin')
      .post('/api/v1/workflow/categories', { name: '行政', colour: '#000000' });
    expect(outcomeOf(duplicate)).toBe('conflict');
    const moved = await world
      .as('admin')
      .put('/api/v1/workflow/processes/seal/category', { categoryId: category.id });
    expect(moved.status).toBe(204);
    const list = await world
      .as('zhang')
      .get(`/api/v1/workflow/processes?categoryId=${category.id}`);
    expect((list.body as { items: { key: string; category: { colour: string } }[] }).items).toEqual(
      [
        expect.objectContaining({
          key: 'seal',
          category: expect.objectContaining({ colour: '#13c2c2' }),
        }),
      ],
    );
    const byName = await world.as('zhang').get('/api/v1/workflow/processes?q=copy');
    expect((byName.body as { items: { key: string }[] }).items.map((i) => i.key)).toEqual([
      'seal-copy',
    ]);
  });

  it('only designers deploy', async () => {
    const refused = await world
      .as('zhang')
      .post(
        '/api/v1/workflow/processes',
        linearProcess('mine', [{ id: 'a', assignee: { initiator: true } }]),
      );
    expect(outcomeOf(refused)).toBe('forbidden');
  });
});
