import { adminPermissions } from '@yuanwu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, createAdministrators } from '../../../test/factories/accounts.ts';
import type { TestClient } from '../../../test/client.ts';
import { createPerson, createRole } from '../../../test/factories/directory.ts';

describe('the three administrators (三员分立)', () => {
  let t: TestApp;
  let admins: Awaited<ReturnType<typeof createAdministrators>>;
  const clients = {} as Record<'system' | 'security' | 'audit' | 'staff', TestClient>;
  let staff: { id: string };
  let roleId: string;

  const policy = () =>
    t.ownerDb.selectFrom('security_policy').selectAll().executeTakeFirstOrThrow();
  const grants = () =>
    t.ownerDb.selectFrom('role_permission').selectAll().where('role_id', '=', roleId).execute();
  const kindOf = async (id: string) =>
    (
      await t.ownerDb
        .selectFrom('account')
        .select('admin_kind')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).admin_kind;

  beforeAll(async () => {
    t = await startTestApp();
    admins = await createAdministrators(t.ownerDb);
    const person = await createPerson(t.ownerDb, { employeeNo: '20001', name: '李四' });
    staff = await createAccount(t.ownerDb, {
      username: '20001',
      password: 'Harbour-lights7',
      personId: person.id,
    });
    roleId = await createRole(t.ownerDb, {
      code: 'finance_test',
      name: '财务',
      personIds: [person.id],
    });
    for (const kind of ['system', 'security', 'audit'] as const) {
      clients[kind] = t.client();
      expect((await clients[kind].login(admins[kind].username, admins[kind].password)).status).toBe(
        200,
      );
    }
    clients.staff = t.client();
    expect((await clients.staff.login('20001', 'Harbour-lights7')).status).toBe(200);
  });
  afterAll(() => t.close());

  it('gives each administrator exactly the fixed rights of its kind', async () => {
    for (const kind of ['system', 'security', 'audit'] as const) {
      const me = (await clients[kind].get('/api/v1/auth/session')).body.me;
      expect(me.adminKind).toBe(kind);
      expect(me.permissions).toEqual([...adminPermissions[kind]].sort());
    }
    const system = (await clients.system.get('/api/v1/auth/session')).body.me.permissions;
    expect(system).not.toContain('audit.read');
    expect(system).not.toContain('security.policy');
    const audit = (await clients.audit.get('/api/v1/auth/session')).body.me.permissions;
    expect(audit).toEqual(['audit.export', 'audit.read', 'org.read']);
  });

  it.each(['system', 'audit', 'staff'] as const)(
    'refuses the security administrator’s routes to the %s account, changing nothing',
    async (kind) => {
      const client = clients[kind];
      const before = {
        policy: await policy(),
        grants: await grants(),
        kind: await kindOf(staff.id),
      };
      const attempts = [
        await client.get('/api/v1/security/policy'),
        await client.put('/api/v1/security/policy', { ...(await currentPolicy()), minLength: 12 }),
        await client.get('/api/v1/security/accounts'),
        await client.post(`/api/v1/security/accounts/${staff.id}/unlock`),
        await client.post(`/api/v1/security/accounts/${staff.id}/reset-password`),
        await client.put(`/api/v1/security/accounts/${staff.id}/admin-kind`, {
          adminKind: 'audit',
        }),
        await client.get('/api/v1/security/permissions'),
        await client.get(`/api/v1/security/roles/${roleId}/permissions`),
        await client.put(`/api/v1/security/roles/${roleId}/permissions`, {
          grants: [{ permission: 'org.manage', scope: 'all' }],
        }),
      ];
      for (const response of attempts) {
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
      expect({
        policy: await policy(),
        grants: await grants(),
        kind: await kindOf(staff.id),
      }).toEqual(before);
    },
  );

  async function currentPolicy() {
    return (await clients.security.get('/api/v1/security/policy')).body;
  }

  it('lets only the security administrator change the policy, audited with old and new values', async () => {
    const before = await currentPolicy();
    expect(before).toEqual({
      minLength: 8,
      maxLength: 64,
      minCharClasses: 3,
      forbidUsername: true,
      forbidCommon: true,
      expiryDays: 90,
      historyCount: 5,
      lockoutThreshold: 5,
      lockoutWindowMinutes: 15,
      lockoutMinutes: 30,
      idleMinutes: 30,
      adminIdleMinutes: 15,
      absoluteHours: 12,
      maxFailuresPerHour: 100,
    });
    const response = await clients.security.put('/api/v1/security/policy', {
      ...before,
      minLength: 10,
      lockoutThreshold: 3,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...before, minLength: 10, lockoutThreshold: 3 });
    const entry = await t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'security.policy.update')
      .where('result', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(entry.actor_username).toBe('secadmin');
    expect(entry.result).toBe('success');
    expect(entry.summary).toEqual({
      old: { minLength: 8, lockoutThreshold: 5 },
      new: { minLength: 10, lockoutThreshold: 3 },
    });

    // The new rule applies at once.
    const short = await clients.staff.post('/api/v1/auth/password', {
      currentPassword: 'Harbour-lights7',
      newPassword: 'Lantern-4',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].message).toContain('10–64');

    await clients.security.put('/api/v1/security/policy', before);
    expect(await currentPolicy()).toEqual(before);
  });

  it('validates the policy', async () => {
    const before = await currentPolicy();
    const response = await clients.security.put('/api/v1/security/policy', {
      ...before,
      minLength: 20,
      maxLength: 12,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'maxLength', message: '最大长度不能小于最小长度' },
    ]);
    const missing = await clients.security.put('/api/v1/security/policy', { minLength: 8 });
    expect(missing.status).toBe(400);
    expect(await currentPolicy()).toEqual(before);
  });

  it('refuses to give an account a second administrator kind (409)', async () => {
    const target = await createAccount(t.ownerDb, {
      username: 'candidate',
      password: 'Harbour-lights7',
    });
    const url = `/api/v1/security/accounts/${target.id}/admin-kind`;
    const first = await clients.security.put(url, { adminKind: 'audit' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: target.id, username: 'candidate', adminKind: 'audit' });
    const second = await clients.security.put(url, { adminKind: 'system' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
    expect(await kindOf(target.id)).toBe('audit');
    // Giving up one kind first is allowed.
    expect((await clients.security.put(url, { adminKind: null })).status).toBe(200);
    expect((await clients.security.put(url, { adminKind: 'system' })).status).toBe(200);
    expect(await kindOf(target.id)).toBe('system');
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select(['summary', 'result'])
      .where('action', '=', 'security.account.admin_kind')
      .where('target_id', '=', target.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => [row.result, row.summary])).toEqual([
      ['success', { username: 'candidate', old: null, new: 'audit' }],
      ['failure', { status: 409 }],
      ['success', { username: 'candidate', old: 'audit', new: null }],
      ['success', { username: 'candidate', old: null, new: 'system' }],
    ]);
  });

  it('does not let the security administrator change its own kind', async () => {
    const response = await clients.security.put(
      `/api/v1/security/accounts/${admins.security.id}/admin-kind`,
      { adminKind: null },
    );
    expect(response.status).toBe(403);
    expect(await kindOf(admins.security.id)).toBe('security');
  });

  it('does not let the security administrator reset another administrator’s password', async () => {
    const response = await clients.security.post(
      `/api/v1/security/accounts/${admins.audit.id}/reset-password`,
    );
    expect(response.status).toBe(403);
    expect((await t.client().login('auditadmin', admins.audit.password)).status).toBe(200);
  });

  it('refuses to grant reserved rights to a role, changing nothing', async () => {
    const url = `/api/v1/security/roles/${roleId}/permissions`;
    const before = await grants();
    for (const reserved of ['audit.read', 'security.rights', 'config.manage']) {
      const response = await clients.security.put(url, {
        grants: [
          { permission: 'org.read', scope: 'all' },
          { permission: reserved, scope: 'all' },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation');
      expect(response.body.error.details).toEqual([
        { path: 'grants[1].permission', message: expect.stringContaining('不能授予角色') },
      ]);
    }
    const unknown = await clients.security.put(url, {
      grants: [{ permission: 'nuclear.launch', scope: 'all' }],
    });
    expect(unknown.status).toBe(400);
    expect(await grants()).toEqual(before);
  });

  it('grants rights to a role: its members hold them at once, audited with old and new', async () => {
    const url = `/api/v1/security/roles/${roleId}/permissions`;
    const otherRole = await createRole(t.ownerDb, { code: 'reader_test', name: '查阅' });
    const staffPerson = (
      await t.ownerDb
        .selectFrom('account')
        .select('person_id')
        .where('id', '=', staff.id)
        .executeTakeFirstOrThrow()
    ).person_id!;
    await t.ownerDb
      .insertInto('role_member')
      .values({ role_id: otherRole, person_id: staffPerson })
      .execute();
    const response = await clients.security.put(url, {
      grants: [
        { permission: 'org.read', scope: 'department' },
        { permission: 'workflow.design', scope: 'all' },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      grants: [
        { permission: 'org.read', scope: 'department' },
        { permission: 'workflow.design', scope: 'all' },
      ],
    });
    await clients.security.put(`/api/v1/security/roles/${otherRole}/permissions`, {
      grants: [{ permission: 'org.read', scope: 'campus' }],
    });
    expect((await clients.security.get(url)).body.grants).toHaveLength(2);

    const me = (await clients.staff.get('/api/v1/auth/session')).body.me;
    expect(me.permissions).toEqual(expect.arrayContaining(['org.read', 'workflow.design']));
    const entry = await t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'security.role.permissions')
      .where('target_id', '=', roleId)
      .where('result', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(entry.summary).toEqual({
      old: [],
      new: [
        { permission: 'org.read', scope: 'department' },
        { permission: 'workflow.design', scope: 'all' },
      ],
    });
  });

  it('answers 404 for ids that name nothing (no IDOR)', async () => {
    const nobody = '6f1c1f5e-7d2a-4c4b-9a43-000000000000';
    for (const id of [nobody, 'not-a-uuid']) {
      expect((await clients.security.post(`/api/v1/security/accounts/${id}/unlock`)).status).toBe(
        404,
      );
      expect(
        (await clients.security.post(`/api/v1/security/accounts/${id}/reset-password`)).status,
      ).toBe(404);
      expect(
        (
          await clients.security.put(`/api/v1/security/accounts/${id}/admin-kind`, {
            adminKind: null,
          })
        ).status,
      ).toBe(404);
      expect((await clients.security.get(`/api/v1/security/roles/${id}/permissions`)).status).toBe(
        404,
      );
      expect(
        (await clients.security.put(`/api/v1/security/roles/${id}/permissions`, { grants: [] }))
          .status,
      ).toBe(404);
    }
  });

  it('lists accounts with paging and search', async () => {
    const page = await clients.security.get('/api/v1/security/accounts?q=admin&pageSize=2&page=1');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((item: { username: string }) => item.username)).toEqual([
      'auditadmin',
      'secadmin',
    ]);
    const person = await clients.security.get('/api/v1/security/accounts?q=20001');
    expect(person.body.items).toEqual([
      {
        id: staff.id,
        username: '20001',
        displayName: '20001',
        personId: expect.any(String),
        departmentName: '信息科',
        adminKind: null,
        status: 'active',
        lockedUntil: null,
        lastLoginAt: expect.any(String),
        mustChangePassword: false,
      },
    ]);
  });

  it('lists the permission catalogue with what roles may grant', async () => {
    const response = await clients.security.get('/api/v1/security/permissions');
    expect(response.body).toContainEqual({
      permission: 'audit.read',
      label: '查阅审计日志',
      grantable: false,
    });
    expect(response.body).toContainEqual({
      permission: 'org.read',
      label: '查看组织架构与人员',
      grantable: true,
    });
  });
});
