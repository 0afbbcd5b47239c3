import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;
const ids: string[] = [];

beforeAll(async () => {
  world = await startWorkflowWorld();
  const leave = linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
  const notice = {
    key: 'notice',
    name: '公告',
    form: { fields: [{ key: 'amount', label: '份数', type: 'number' }] },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'cc', type: 'notify', assignee: { people: ['zhou'] } },
      { id: 'head', type: 'approval', assignee: { departmentHead: 'initiator' } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'cc' },
      { from: 'cc', to: 'head' },
      { from: 'head', to: 'end' },
    ],
  };
  for (const definition of [leave, notice])
    expect((await world.deploy(definition)).status).toBe(201);
  for (let n = 1; n <= 5; n++) {
    const answer = await world.as('zhang').post('/api/v1/workflow/instances', {
      processKey: n === 5 ? 'notice' : 'leave',
      form: { amount: n },
      title: `申请 ${n}`,
    });
    ids.push((answer.body as { instance: { id: string } }).instance.id);
  }
  await world.as('li').post('/api/v1/workflow/instances', {
    processKey: 'leave',
    form: {},
    draft: true,
    title: '草稿一',
  });
  await world.as('liu').post(`/api/v1/workflow/instances/${ids[0]}/approve`, { comment: '同意' });
}, 60_000);

afterAll(() => world.close());

const list = async (person: string, path: string) =>
  (await world.as(person).get(`/api/v1/workflow/${path}`)).body as {
    items: { instanceId: string; title: string; processKey: string; itemState: string }[];
    total: number;
  };

describe('the workbench lists', () => {
  it('待办: open tasks, paged and sorted', async () => {
    const todo = await list('liu', 'todo?pageSize=2&sort=title&order=asc');
    expect(todo.total).toBe(4);
    expect(todo.items.map((i) => i.title)).toEqual(['申请 2', '申请 3']);
    const next = await list('liu', 'todo?pageSize=2&page=2&sort=title&order=asc');
    expect(next.items.map((i) => i.title)).toEqual(['申请 4', '申请 5']);
  });

  it('search by title, process, initiator and time', async () => {
    expect((await list('liu', 'todo?q=%E7%94%B3%E8%AF%B7%205')).total).toBe(1);
    // The same filters with other values: one statement per shape, bound anew each time.
    expect((await list('liu', 'todo?q=%E4%B8%8D%E5%AD%98%E5%9C%A8')).total).toBe(0);
    expect((await list('liu', 'todo?processKey=notice')).total).toBe(1);
    expect((await list('liu', 'todo?processKey=no_such_process')).total).toBe(0);
    expect((await list('liu', `todo?initiator=${world.ids.person('zhang')}`)).total).toBe(4);
    expect((await list('liu', `todo?initiator=${world.ids.person('li')}`)).total).toBe(0);
    expect((await list('liu', 'todo?from=2999-01-01T00:00:00Z')).total).toBe(0);
    const bad = await world.as('liu').get('/api/v1/workflow/todo?from=yesterday');
    expect(bad.status).toBe(400);
  });

  it('totals beyond the first page, counted from the items alone or with the instance', async () => {
    // 5 requests, 2 a page: the total is counted (from the requests' own index).
    const started = await list('zhang', 'started?pageSize=2');
    expect(started.items).toHaveLength(2);
    expect(started.total).toBe(5);
    // Past the end: an empty page still reports the total.
    expect((await list('zhang', 'started?pageSize=2&page=9')).total).toBe(5);
    // A condition on the instance counts with it.
    expect((await list('zhang', 'started?pageSize=2&processKey=leave')).total).toBe(4);
    // Tasks: the open ones of the head, one at a time.
    expect((await list('liu', 'todo?pageSize=1')).total).toBe(4);
    expect((await list('liu', 'todo?pageSize=1&q=%E7%94%B3%E8%AF%B7%205')).total).toBe(1);
  });

  it('已办, 我发起的, 抄送我的 and 草稿', async () => {
    const done = await list('liu', 'done');
    expect(done.items.map((i) => [i.title, i.itemState])).toEqual([['申请 1', 'approved']]);
    expect((await list('zhang', 'started')).total).toBe(5);
    expect((await list('zhang', 'started?status=completed')).items.map((i) => i.title)).toEqual([
      '申请 1',
    ]);
    expect((await list('zhou', 'cc')).items.map((i) => [i.title, i.itemState])).toEqual([
      ['申请 5', 'unread'],
    ]);
    expect((await list('li', 'drafts')).items.map((i) => i.title)).toEqual(['草稿一']);
    expect((await list('zhang', 'drafts')).total).toBe(0);
  });

  it('counts for badges follow reading', async () => {
    const counts = async (person: string) =>
      (await world.as(person).get('/api/v1/workflow/counts')).body as Record<string, number>;
    expect(await counts('liu')).toMatchObject({ todo: 4, ccUnread: 0 });
    expect(await counts('zhou')).toMatchObject({ todo: 0, ccUnread: 1, notifications: 1 });
    await world.as('zhou').post(`/api/v1/workflow/instances/${ids[4]}/read`, {});
    expect((await list('zhou', 'cc?unread=false')).total).toBe(1);
    expect(await counts('zhou')).toMatchObject({ ccUnread: 0 });
    expect(await counts('li')).toMatchObject({ drafts: 1 });
  });

  it('notifications: listed newest first, marked read one by one or all', async () => {
    const read = async () =>
      (await world.as('liu').get('/api/v1/workflow/notifications?kind=task')).body as {
        items: { id: string; kind: string; instanceTitle: string; readAt: string | null }[];
        unread: number;
      };
    const before = await read();
    expect(before.items).toHaveLength(5);
    expect(before.unread).toBe(5);
    // A full page counts the rest; a page that is not full gives its own total.
    const page = async (query: string) =>
      (await world.as('liu').get(`/api/v1/workflow/notifications?kind=task&pageSize=2&${query}`))
        .body as { items: { id: string }[]; total: number };
    expect(await page('page=1')).toMatchObject({ total: 5 });
    const last = await page('page=3');
    expect(last.items.map((item) => item.id)).toEqual([before.items[4]!.id]);
    expect(last.total).toBe(5);
    expect((await page('page=4')).total).toBe(5);
    const first = before.items[0]!;
    const marked = await world
      .as('liu')
      .post('/api/v1/workflow/notifications/read', { ids: [first.id] });
    expect(marked.body).toEqual({ updated: 1 });
    expect((await read()).unread).toBe(4);
    // Each shape of filter (statements are compiled once per shape) reads its own rows.
    const ids = async (query: string) =>
      (
        (await world.as('liu').get(`/api/v1/workflow/notifications?${query}`)).body as {
          items: { id: string }[];
        }
      ).items.map((item) => item.id);
    expect(await ids('kind=task&unread=false')).toEqual([first.id]);
    expect(await ids('unread=false')).toEqual([first.id]);
    expect(await ids('kind=task&unread=true')).toHaveLength(4);
    expect(await ids('kind=cc&unread=true')).toEqual([]);
    // The badge's count is the person's, whatever the filter, even on an empty page.
    const empty = await world.as('liu').get('/api/v1/workflow/notifications?kind=cc');
    expect(empty.body).toMatchObject({ items: [], total: 0, unread: 4 });
    const pastEnd = await world.as('liu').get('/api/v1/workflow/notifications?pageSize=2&page=9');
    expect(pastEnd.body).toMatchObject({ items: [], total: 5, unread: 4 });
    expect(await ids('kind=task')).toHaveLength(5);
    // Someone else's notification ids change nothing.
    const foreign = await world
      .as('zhou')
      .post('/api/v1/workflow/notifications/read', { ids: [before.items[1]!.id] });
    expect(foreign.body).toEqual({ updated: 0 });
    await world.as('liu').post('/api/v1/workflow/notifications/read', { all: true });
    expect((await read()).unread).toBe(0);
  });

  it('a draft is discarded by its initiator only, and stays in the database', async () => {
    const [draft] = (await list('li', 'drafts')).items;
    const url = `/api/v1/workflow/instances/${draft!.instanceId}`;
    expect((await world.as('zhang').delete(url)).status).toBe(403);
    expect((await world.as('li').delete(url)).status).toBe(204);
    expect((await list('li', 'drafts')).total).toBe(0);
    expect((await world.as('li').delete(url)).status).toBe(404);
    const row = await world.ownerDb
      .selectFrom('workflow_instance')
      .select('deleted_at')
      .where('id', '=', draft!.instanceId)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    const started = (await list('zhang', 'started')).items[0]!;
    const running = await world
      .as('zhang')
      .delete(`/api/v1/workflow/instances/${started.instanceId}`);
    expect(running.status).toBe(409);
  });
});
