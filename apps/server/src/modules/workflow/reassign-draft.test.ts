import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

interface View {
  title: string;
  status: string;
  form: Record<string, unknown>;
  tasks: { id: string; node: string; assignee: string }[];
  history: { action: string; from: string | null; fromName: string | null; targets: string[] }[];
}

const view = async (person: string, id: string) =>
  (await world.as(person).get(`/api/v1/workflow/instances/${id}`)).body as View;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = linearProcess('purchase', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
    { id: 'fin', assignee: { people: ['wang'] } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

describe('改派: an administrator moves one open task', () => {
  it('gives the task to another person, who can then decide; history names both', async () => {
    const id = await world.start('zhang', 'purchase', { amount: 5 });
    const task = (await view('admin', id)).tasks[0]!;
    const he = world.ids.person('he');
    const moved = await world.as('admin').post(`/api/v1/workflow/instances/${id}/reassign`, {
      task: task.id,
      to: he,
      comment: '休假',
    });
    expect(moved.status).toBe(200);
    const after = await view('admin', id);
    expect(after.tasks.map((t) => [t.node, t.assignee])).toEqual([['head', he]]);
    expect(after.history.at(-1)).toMatchObject({
      action: 'reassigned',
      from: world.ids.person('liu'),
      fromName: '刘主任',
      targets: [he],
    });
    const liu = await world.as('liu').post(`/api/v1/workflow/instances/${id}/approve`, {});
    expect(liu.status).toBe(409);
    const byHe = await world.as('he').post(`/api/v1/workflow/instances/${id}/approve`, {});
    expect(byHe.status).toBe(200);
  });

  it('refuses non-administrators, unknown tasks and closed tasks, changing nothing', async () => {
    const id = await world.start('zhang', 'purchase', { amount: 6 });
    const task = (await view('admin', id)).tasks[0]!;
    const he = world.ids.person('he');
    const url = `/api/v1/workflow/instances/${id}/reassign`;
    expect((await world.as('liu').post(url, { task: task.id, to: he })).status).toBe(403);
    const unknown = await world.as('admin').post(url, { task: 'nope', to: he });
    expect(unknown.status).toBe(404);
    const bad = await world.as('admin').post(url, { task: task.id });
    expect((bad.body as { error: { code: string } }).error.code).toBe('validation');
    await world.as('liu').post(`/api/v1/workflow/instances/${id}/approve`, {});
    const closed = await world.as('admin').post(url, { task: task.id, to: he });
    expect(closed.status).toBe(409);
    expect((await view('admin', id)).history.map((h) => h.action)).toEqual([
      'submitted',
      'approved',
    ]);
  });
});

describe('保存草稿: editing a draft without submitting', () => {
  it('replaces the form and title, keeps it a draft, and submits later', async () => {
    const created = await world.as('zhang').post('/api/v1/workflow/instances', {
      processKey: 'purchase',
      draft: true,
      form: { reason: '初稿' },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { instance: { id: string } }).instance.id;
    const saved = await world
      .as('zhang')
      .put(`/api/v1/workflow/instances/${id}/draft`, { form: { amount: 12.5 }, title: '采购耗材' });
    expect(saved.status).toBe(200);
    const draft = await view('zhang', id);
    expect(draft).toMatchObject({ status: 'draft', title: '采购耗材', form: { amount: 12.5 } });
    expect(draft.form.reason).toBeUndefined();

    const wrong = await world
      .as('zhang')
      .put(`/api/v1/workflow/instances/${id}/draft`, { form: { amount: 'x' } });
    expect((wrong.body as { error: { details: { path: string }[] } }).error.details).toEqual([
      expect.objectContaining({ path: 'amount' }),
    ]);
    const other = await world.as('li').put(`/api/v1/workflow/instances/${id}/draft`, { form: {} });
    expect(other.status).toBe(403);
    expect((await view('zhang', id)).form).toEqual({ amount: 12.5 });

    const submitted = await world.as('zhang').post(`/api/v1/workflow/instances/${id}/submit`, {});
    expect(submitted.status).toBe(200);
    const again = await world.as('zhang').put(`/api/v1/workflow/instances/${id}/draft`, {});
    expect(again.status).toBe(409);
  });
});
