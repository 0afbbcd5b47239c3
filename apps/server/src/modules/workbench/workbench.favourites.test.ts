import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  for (let n = 1; n <= 10; n++) {
    const definition = linearProcess(`p${n}`, [
      { id: 'head', assignee: { departmentHead: 'initiator' } },
    ]);
    expect((await world.deploy({ ...definition, name: `流程${n}` })).status).toBe(201);
  }
}, 60_000);

afterAll(() => world.close());

type Items<T> = { items: T[] };

describe('favourite and recent processes', () => {
  it('adds, lists and removes favourites; unknown processes are refused', async () => {
    const zhang = world.as('zhang');
    expect((await zhang.put('/api/v1/workbench/favourites/p3')).status).toBe(200);
    expect((await zhang.put('/api/v1/workbench/favourites/p1')).status).toBe(200);
    expect((await zhang.put('/api/v1/workbench/favourites/p3')).status).toBe(200);
    const listed = (await zhang.get('/api/v1/workbench/favourites')).body as Items<{
      processKey: string;
      name: string;
    }>;
    expect(listed.items.map((item) => [item.processKey, item.name])).toEqual([
      ['p3', '流程3'],
      ['p1', '流程1'],
    ]);
    expect((await zhang.put('/api/v1/workbench/favourites/nope')).status).toBe(404);
    const removed = (await zhang.delete('/api/v1/workbench/favourites/p3')).body as Items<{
      processKey: string;
    }>;
    expect(removed.items.map((item) => item.processKey)).toEqual(['p1']);
    // Someone else's favourites are their own.
    const li = (await world.as('li').get('/api/v1/workbench/favourites')).body as Items<unknown>;
    expect(li.items).toEqual([]);
  });

  it('recent processes: the ones I started, newest first, at most 8', async () => {
    for (let n = 1; n <= 10; n++) {
      await world.start('zhang', `p${n}`, { amount: n });
    }
    await world.start('zhang', 'p2', { amount: 1 });
    const recent = (await world.as('zhang').get('/api/v1/workbench/recent-processes'))
      .body as Items<{ processKey: string; lastStartedAt: string }>;
    expect(recent.items).toHaveLength(8);
    expect(recent.items[0]?.processKey).toBe('p2');
    expect(recent.items.map((item) => item.processKey)).not.toContain('p1');
    const none = (await world.as('li').get('/api/v1/workbench/recent-processes'))
      .body as Items<unknown>;
    expect(none.items).toEqual([]);
  });
});

describe('常用意见', () => {
  it('system phrases for everyone, my own on top of them, only mine deletable', async () => {
    const zhang = world.as('zhang');
    const before = (await zhang.get('/api/v1/workbench/phrases')).body as Items<{
      id: string;
      text: string;
      mine: boolean;
    }>;
    expect(before.items.map((item) => item.text)).toEqual(
      expect.arrayContaining(['同意', '情况属实，同意', '请补充材料']),
    );
    expect(before.items.every((item) => !item.mine)).toBe(true);
    const added = await zhang.post('/api/v1/workbench/phrases', { text: '  请科室核实后再报  ' });
    expect(added.status).toBe(201);
    const phrase = (added.body as { phrase: { id: string; text: string; mine: boolean } }).phrase;
    expect(phrase).toMatchObject({ text: '请科室核实后再报', mine: true });
    expect((await zhang.post('/api/v1/workbench/phrases', { text: '' })).status).toBe(400);
    const others = (await world.as('li').get('/api/v1/workbench/phrases')).body as Items<{
      id: string;
    }>;
    expect(others.items.map((item) => item.id)).not.toContain(phrase.id);
    expect((await world.as('li').delete(`/api/v1/workbench/phrases/${phrase.id}`)).status).toBe(
      404,
    );
    const system = before.items[0]!;
    expect((await zhang.delete(`/api/v1/workbench/phrases/${system.id}`)).status).toBe(404);
    expect((await zhang.delete(`/api/v1/workbench/phrases/${phrase.id}`)).status).toBe(204);
    const after = (await zhang.get('/api/v1/workbench/phrases')).body as Items<{ id: string }>;
    expect(after.items.map((item) => item.id)).not.toContain(phrase.id);
  });
});
