import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import {
  buildDepartment,
  buildPerson,
  buildRole,
  signInAsPerson,
} from '../../../test/factories/org.ts';

/** A caller without the right gets 403, and nothing changes. */
describe('org permissions', () => {
  let t: TestApp;
  let reader: TestClient;
  let departmentId: string;
  let personId: string;
  let roleId: string;

  const snapshot = async () => ({
    campus: await t.ownerDb.selectFrom('campus').selectAll().orderBy('id').execute(),
    department: await t.ownerDb.selectFrom('department').selectAll().orderBy('id').execute(),
    person: await t.ownerDb.selectFrom('person').selectAll().orderBy('id').execute(),
    role: await t.ownerDb.selectFrom('role').selectAll().orderBy('id').execute(),
    role_group: await t.ownerDb.selectFrom('role_group').selectAll().orderBy('id').execute(),
    role_member: await t.ownerDb
      .selectFrom('role_member')
      .selectAll()
      .orderBy('person_id')
      .execute(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    departmentId = (await buildDepartment(t.ownerDb, { name: '心血管内科' })).id;
    personId = (await buildPerson(t.ownerDb, { name: '张晓明', departmentId })).id;
    roleId = (await buildRole(t.ownerDb, { name: '财务审核员' })).id;
    const viewer = await buildPerson(t.ownerDb, { name: '只读人员', departmentId });
    // Can read people and roles, may do nothing else.
    reader = await signInAsPerson(t, viewer.id, [
      { permission: 'org.read', scope: 'all' },
      { permission: 'role.read', scope: 'all' },
    ]);
  });
  afterAll(() => t.close());

  it('refuses every write without the right and changes nothing', async () => {
    const before = await snapshot();
    const xlsx = {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    const attempts = [
      () => reader.post('/api/v1/org/campuses', { code: 'X', name: '新院区' }),
      () => reader.post('/api/v1/org/departments', { code: 'X', name: '新科室' }),
      () => reader.patch(`/api/v1/org/departments/${departmentId}`, { name: '改名' }),
      () => reader.delete(`/api/v1/org/departments/${departmentId}`),
      () => reader.post('/api/v1/org/people', { employeeNo: '99999', name: '新人', departmentId }),
      () => reader.patch(`/api/v1/org/people/${personId}`, { name: '改名' }),
      () => reader.post(`/api/v1/org/people/${personId}/disable`),
      () => reader.post(`/api/v1/org/people/${personId}/move`, { departmentId }),
      () => reader.post('/api/v1/org/roles', { code: 'new_role', name: '新角色' }),
      () => reader.patch(`/api/v1/org/roles/${roleId}`, { name: '改名' }),
      () => reader.post('/api/v1/org/role-groups', { name: '新组' }),
      () => reader.post(`/api/v1/org/roles/${roleId}/members`, { personIds: [personId] }),
      () =>
        reader.request('POST', '/api/v1/org/import/people?mode=valid-only', Buffer.from('x'), xlsx),
      () =>
        reader.request(
          'POST',
          '/api/v1/org/import/departments?mode=valid-only',
          Buffer.from('x'),
          xlsx,
        ),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
    expect(await snapshot()).toEqual(before);
    const refused = await t.ownerDb
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('result', '=', 'failure')
      .where('error_code', '=', 'forbidden')
      .executeTakeFirstOrThrow();
    expect(refused.n).toBe(attempts.length);
  });

  it('refuses reads and exports that need rights the caller lacks', async () => {
    for (const url of [
      `/api/v1/org/people/${personId}`,
      '/api/v1/org/export/people.xlsx',
      '/api/v1/org/export/departments.xlsx',
      '/api/v1/org/import/people/template.xlsx',
    ]) {
      expect((await reader.get(url)).status, url).toBe(403);
    }
    expect((await reader.get('/api/v1/org/people')).status).toBe(200);
    expect((await reader.get('/api/v1/org/roles')).status).toBe(200);
  });

  it('asks anonymous callers to sign in, even for pickers', async () => {
    const anonymous = t.client();
    for (const url of [
      '/api/v1/org/campuses',
      '/api/v1/org/departments/tree',
      '/api/v1/org/people/search?q=z',
    ]) {
      expect((await anonymous.get(url)).status, url).toBe(401);
    }
  });
});
