import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkflowWorld, type WorkflowWorld } from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  // The test organisation's 流程管理员 role also configures workbenches; 赵 holds two roles.
  await sql`
    INSERT INTO role_permission (role_id, permission, scope)
    SELECT id, 'workbench.configure', 'all' FROM role WHERE code = 'conformance-workflow-admin'
  `.execute(world.ownerDb);
  await sql`
    INSERT INTO role_member (role_id, person_id, created_at)
    SELECT id, ${world.ids.person('zhao')}, now() FROM role WHERE code = 'scenario.fin-reviewer'
  `.execute(world.ownerDb);
  await sql`UPDATE role SET sort = 1 WHERE code = 'scenario.fin-reviewer'`.execute(world.ownerDb);
  await sql`UPDATE role SET sort = 2 WHERE code = 'scenario.fin-vp'`.execute(world.ownerDb);
}, 60_000);

afterAll(() => world.close());

const reviewerLayout = [{ widget: 'todo', span: 2 }, { widget: 'counts' }];
const vpLayout = [{ widget: 'overdue' }, { widget: 'cc' }];

describe('workbench layouts', () => {
  it('without any layout, everyone gets the default', async () => {
    const answer = await world.as('zhang').get('/api/v1/workbench');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ source: 'default' });
    expect((answer.body as { layout: unknown[] }).layout.length).toBeGreaterThan(2);
  });

  it('only holders of workbench.configure set role layouts', async () => {
    const refused = await world
      .as('zhang')
      .put('/api/v1/workbench/roles/scenario.fin-vp', { layout: vpLayout });
    expect(refused.status).toBe(403);
    const admin = world.as('admin');
    expect(
      (await admin.put('/api/v1/workbench/roles/scenario.fin-vp', { layout: vpLayout })).status,
    ).toBe(200);
    expect(
      (await admin.put('/api/v1/workbench/roles/scenario.fin-reviewer', { layout: reviewerLayout }))
        .status,
    ).toBe(200);
    const missing = await admin.put('/api/v1/workbench/roles/no-such-role', { layout: vpLayout });
    expect(missing.status).toBe(404);
    const roles = (await admin.get('/api/v1/workbench/roles')).body as {
      items: { roleCode: string; layout: unknown }[];
    };
    expect(roles.items.find((role) => role.roleCode === 'scenario.fin-vp')?.layout).toEqual(
      vpLayout,
    );
    expect(roles.items.find((role) => role.roleCode === 'scenario.president')?.layout).toBeNull();
  });

  it('refuses unknown widgets and duplicates', async () => {
    const admin = world.as('admin');
    const unknown = await admin.put('/api/v1/workbench/mine', { layout: [{ widget: 'weather' }] });
    expect(unknown.status).toBe(400);
    const twice = await admin.put('/api/v1/workbench/mine', {
      layout: [{ widget: 'todo' }, { widget: 'todo' }],
    });
    expect(twice.status).toBe(400);
  });

  it('the first role by role order wins; my own layout overrides it until I reset', async () => {
    expect((await world.as('zhao').get('/api/v1/workbench')).body).toEqual({
      layout: reviewerLayout,
      source: 'role',
    });
    expect((await world.as('qian').get('/api/v1/workbench')).body).toMatchObject({
      source: 'role',
    });
    const mine = [{ widget: 'favourites', span: 2 }];
    expect((await world.as('zhao').put('/api/v1/workbench/mine', { layout: mine })).status).toBe(
      200,
    );
    expect((await world.as('zhao').get('/api/v1/workbench')).body).toEqual({
      layout: mine,
      source: 'user',
    });
    const reset = await world.as('zhao').delete('/api/v1/workbench/mine');
    expect(reset.body).toEqual({ layout: reviewerLayout, source: 'role' });
    // Removing the reviewer role's layout falls through to the next role.
    expect(
      (await world.as('admin').delete('/api/v1/workbench/roles/scenario.fin-reviewer')).status,
    ).toBe(204);
    expect((await world.as('zhao').get('/api/v1/workbench')).body).toEqual({
      layout: vpLayout,
      source: 'role',
    });
  });

  it('every write is audited', async () => {
    const rows = await world.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'workbench.%')
      .where('result', '=', 'success')
      .execute();
    const actions = new Set(rows.map((row) => row.action));
    for (const action of [
      'workbench.role-layout.save',
      'workbench.role-layout.reset',
      'workbench.layout.save',
      'workbench.layout.reset',
    ])
      expect(actions).toContain(action);
  });
});
