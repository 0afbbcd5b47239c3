import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { buildDepartment, buildPerson, signInAsSystemAdmin } from '../../../test/factories/org.ts';
import { roleHolders, rolesOfPerson } from './index.ts';

describe('roles, role groups and members', () => {
  let t: TestApp;
  let admin: TestClient;
  const people: { id: string; name: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsSystemAdmin(t);
    const department = await buildDepartment(t.ownerDb, { name: '财务部' });
    for (const name of ['刘芳', '王会计', '赵出纳']) {
      people.push(await buildPerson(t.ownerDb, { name, departmentId: department.id }));
    }
    await buildPerson(t.ownerDb, {
      name: '已停用',
      departmentId: department.id,
      status: 'disabled',
    });
  });
  afterAll(() => t.close());

  const roleByCode = async (code: string) =>
    (await admin.get('/api/v1/org/roles')).body.find((r: { code: string }) => r.code === code);

  it('ships the standard roles, with 员工 built in and held by every active person', async () => {
    const roles = await admin.get('/api/v1/org/roles');
    expect(roles.status).toBe(200);
    const codes = roles.body.map((r: { code: string }) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'staff',
        'president',
        'vice_president',
        'finance_reviewer',
        'seal_keeper',
      ]),
    );
    const staff = await roleByCode('staff');
    expect(staff).toMatchObject({ name: '员工', builtin: true, memberCount: 3, groupId: null });
    expect(await roleByCode('finance_reviewer')).toMatchObject({
      groupName: '职能审核',
      memberCount: 0,
    });
    const members = await admin.get(`/api/v1/org/roles/${staff.id}/members`);
    expect(members.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(members.body.items[0]).toMatchObject({ addedAt: null });
    const refused = await admin.post(`/api/v1/org/roles/${staff.id}/members`, {
      personIds: [people[0]!.id],
    });
    expect(refused.status).toBe(409);
    expect((await admin.patch(`/api/v1/org/roles/${staff.id}`, { code: 'everyone' })).status).toBe(
      409,
    );
  });

  it('creates groups and custom roles, and edits them', async () => {
    const group = await admin.post('/api/v1/org/role-groups', { name: '临时工作组' });
    expect(group.status).toBe(201);
    expect(group.body).toMatchObject({ name: '临时工作组', roleCount: 0 });
    const role = await admin.post('/api/v1/org/roles', {
      code: 'budget_reviewer',
      name: '预算审核',
      description: '科室预算调整审核',
      groupId: group.body.id,
    });
    expect(role.status).toBe(201);
    expect(role.body).toMatchObject({
      code: 'budget_reviewer',
      groupName: '临时工作组',
      memberCount: 0,
      builtin: false,
    });
    expect(
      (await admin.post('/api/v1/org/roles', { code: 'budget_reviewer', name: '重复' })).status,
    ).toBe(409);
    expect((await admin.post('/api/v1/org/roles', { code: 'Bad Code', name: 'x' })).status).toBe(
      400,
    );
    const edited = await admin.patch(`/api/v1/org/roles/${role.body.id}`, {
      name: '预算审核员',
      groupId: null,
    });
    expect(edited.body).toMatchObject({ name: '预算审核员', groupId: null, groupName: null });
    const groups = await admin.get('/api/v1/org/role-groups');
    expect(groups.body.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining(['院领导', '中层干部', '职能审核', '临时工作组']),
    );
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'org.role.update')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({
      changes: { name: { from: '预算审核', to: '预算审核员' } },
    });
  });

  it('adds and removes members, and other modules see the holders', async () => {
    const role = await roleByCode('finance_reviewer');
    const added = await admin.post(`/api/v1/org/roles/${role.id}/members`, {
      personIds: [people[0]!.id, people[1]!.id, people[0]!.id],
    });
    expect(added.body).toEqual({ added: 2 });
    expect(
      (await admin.post(`/api/v1/org/roles/${role.id}/members`, { personIds: [people[1]!.id] }))
        .body,
    ).toEqual({ added: 0 });
    const members = await admin.get(`/api/v1/org/roles/${role.id}/members?q=liufang`);
    expect(members.body.items.map((m: { name: string }) => m.name)).toEqual(['刘芳']);
    expect(members.body.items[0].addedAt).toEqual(expect.any(String));
    expect((await roleHolders(t.db, 'finance_reviewer')).map((p) => p.name).sort()).toEqual(
      ['刘芳', '王会计'].sort(),
    );
    expect((await rolesOfPerson(t.db, people[0]!.id)).map((r) => r.code).sort()).toEqual([
      'finance_reviewer',
      'staff',
    ]);

    expect(
      (await admin.delete(`/api/v1/org/roles/${role.id}/members/${people[1]!.id}`)).status,
    ).toBe(204);
    expect(
      (await admin.delete(`/api/v1/org/roles/${role.id}/members/${people[1]!.id}`)).status,
    ).toBe(404);
    expect(await roleByCode('finance_reviewer')).toMatchObject({ memberCount: 1 });
    const unknown = await admin.post(`/api/v1/org/roles/${role.id}/members`, {
      personIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('personIds[0]');
    const actions = await t.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', role.id)
      .orderBy('seq')
      .execute();
    // Refused calls leave the audit hook's generic failure entries besides these.
    expect(actions.map((a) => a.action).filter((a) => a.startsWith('org.'))).toEqual([
      'org.role.add_members',
      'org.role.add_members',
      'org.role.remove_member',
    ]);
    expect(actions[0]?.summary).toMatchObject({ role: '财务审核' });
  });
});
