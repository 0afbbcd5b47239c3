import type { DataScope } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import {
  buildCampus,
  buildDepartment,
  buildPerson,
  buildRole,
  signInAsPerson,
  signInAsSystemAdmin,
} from '../../../test/factories/org.ts';
import { addPersonLifecycleListener } from './index.ts';

describe('people', () => {
  let t: TestApp;
  let admin: TestClient;
  const ids: Record<string, string> = {};
  const events: string[] = [];
  let removeListener: () => void;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.ownerDb;
    admin = await signInAsSystemAdmin(t);
    const main = await buildCampus(db, { code: 'BB', name: '本部院区' });
    const east = await buildCampus(db, { code: 'DY', name: '东院区' });
    const root = await buildDepartment(db, { code: 'H', name: '医院', campusId: main.id });
    const cardio = await buildDepartment(db, {
      code: 'C01',
      name: '心血管内科',
      parentId: root.id,
    });
    const ward = await buildDepartment(db, {
      code: 'C011',
      name: '心内东院病区',
      parentId: cardio.id,
      campusId: east.id,
    });
    const resp = await buildDepartment(db, { code: 'C02', name: '呼吸科', parentId: root.id });
    const office = await buildDepartment(db, {
      code: 'A01',
      name: '东院办公室',
      parentId: root.id,
      campusId: east.id,
    });
    Object.assign(ids, {
      root: root.id,
      cardio: cardio.id,
      ward: ward.id,
      resp: resp.id,
      office: office.id,
    });
    const head = await buildPerson(db, {
      employeeNo: '10100',
      name: '李卫东',
      departmentId: cardio.id,
      gender: 'male',
    });
    await t.ownerDb
      .updateTable('department')
      .set({ head_person_id: head.id })
      .where('id', '=', cardio.id)
      .execute();
    const respHead = await buildPerson(db, {
      employeeNo: '10200',
      name: '王主任',
      departmentId: resp.id,
    });
    await t.ownerDb
      .updateTable('department')
      .set({ head_person_id: respHead.id })
      .where('id', '=', resp.id)
      .execute();
    ids.head = head.id;
    ids.respHead = respHead.id;
    ids.doctor = (
      await buildPerson(db, {
        employeeNo: '10101',
        name: '张晓明',
        departmentId: cardio.id,
        superiorId: head.id,
        phone: '13800138000',
      })
    ).id;
    ids.nurse = (
      await buildPerson(db, {
        employeeNo: '10102',
        name: '仇丽娟',
        departmentId: cardio.id,
        status: 'disabled',
      })
    ).id;
    ids.wardNurse = (
      await buildPerson(db, { employeeNo: '10103', name: '赵护士', departmentId: ward.id })
    ).id;
    ids.respDoctor = (
      await buildPerson(db, { employeeNo: '10201', name: '钱医生', departmentId: resp.id })
    ).id;
    ids.visiting = (
      await buildPerson(db, {
        employeeNo: '10202',
        name: '孙会诊',
        departmentId: resp.id,
        extraDepartmentIds: [cardio.id],
      })
    ).id;
    ids.clerk = (
      await buildPerson(db, { employeeNo: '10301', name: '周科员', departmentId: office.id })
    ).id;
    for (let i = 0; i < 25; i++) {
      await buildPerson(db, {
        employeeNo: `2${String(i).padStart(4, '0')}`,
        name: `批量${i}`,
        departmentId: resp.id,
      });
    }
    removeListener = addPersonLifecycleListener({
      onPersonCreated: (_ctx, person) =>
        Promise.resolve(void events.push(`created ${person.employeeNo}`)),
      onPersonStatusChanged: (_ctx, id, status) =>
        Promise.resolve(void events.push(`${status} ${id}`)),
      onPersonRenamed: (_ctx, person) =>
        Promise.resolve(void events.push(`renamed ${person.name}`)),
    });
  });
  afterAll(async () => {
    removeListener();
    await t.close();
  });

  const list = async (client: TestClient, query = '') => {
    const response = await client.get(`/api/v1/org/people?${query}`);
    expect(response.status).toBe(200);
    return response.body as {
      items: { employeeNo: string; name: string }[];
      total: number;
      page: number;
      pageSize: number;
    };
  };
  const numbers = (body: { items: { employeeNo: string }[] }) =>
    body.items.map((p) => p.employeeNo);

  it('pages the list in employee-number order with PersonSummary items', async () => {
    const first = await list(admin, 'pageSize=10');
    expect(first).toMatchObject({ total: 33, page: 1, pageSize: 10 });
    expect(numbers(first).slice(0, 3)).toEqual(['10100', '10101', '10102']);
    const doctor = first.items[1];
    expect(doctor).toEqual({
      id: ids.doctor,
      employeeNo: '10101',
      name: '张晓明',
      gender: 'unknown',
      phone: '13800138000',
      email: null,
      departmentId: ids.cardio,
      departmentName: '心血管内科',
      positionName: null,
      status: 'active',
      superiorName: '李卫东',
    });
    const last = await list(admin, 'pageSize=10&page=4');
    expect(last.items).toHaveLength(3);
    expect(numbers(await list(admin, 'sort=-employeeNo&pageSize=1'))).toEqual(['20024']);
  });

  it('filters by text, department (with or without its subtree), status and role', async () => {
    expect(numbers(await list(admin, 'q=zxm'))).toEqual(['10101']);
    expect(numbers(await list(admin, `q=${encodeURIComponent('晓明')}`))).toEqual(['10101']);
    expect(numbers(await list(admin, `departmentId=${ids.cardio}`))).toEqual([
      '10100',
      '10101',
      '10102',
      '10202',
    ]);
    expect(numbers(await list(admin, `departmentId=${ids.cardio}&subtree=true`))).toEqual([
      '10100',
      '10101',
      '10102',
      '10103',
      '10202',
    ]);
    expect(numbers(await list(admin, `departmentId=${ids.cardio}&status=disabled`))).toEqual([
      '10102',
    ]);
    const role = await buildRole(t.ownerDb, { members: [ids.doctor!, ids.clerk!] });
    expect(numbers(await list(admin, `roleId=${role.id}`))).toEqual(['10101', '10301']);
    expect((await admin.get('/api/v1/org/people?status=gone')).status).toBe(400);
  });

  const scoped = async (scope: DataScope) => {
    const viewer = await buildPerson(t.ownerDb, { name: `查看${scope}`, departmentId: ids.cardio });
    const client = await signInAsPerson(t, viewer.id, [{ permission: 'org.read', scope }]);
    const body = await list(client, 'pageSize=200');
    return numbers(body).filter((n) => !n.startsWith('9'));
  };

  it('shows each caller only the people their org.read scope reaches', async () => {
    expect(await scoped('self')).toEqual([]);
    expect(await scoped('department')).toEqual(['10100', '10101', '10102', '10202']);
    expect(await scoped('department_tree')).toEqual(['10100', '10101', '10102', '10103', '10202']);
    const campus = await scoped('campus');
    expect(campus).toContain('10201');
    expect(campus).not.toContain('10301');
    expect(campus).not.toContain('10103');
    expect(await scoped('all')).toHaveLength(33);
    const someone = await buildPerson(t.ownerDb, { departmentId: ids.cardio });
    const noRight = await signInAsPerson(t, someone.id);
    expect((await noRight.get('/api/v1/org/people')).status).toBe(403);
  });

  it('creates a person with pinyin readings, memberships, an audit entry and a lifecycle event', async () => {
    const created = await admin.post('/api/v1/org/people', {
      employeeNo: '30001',
      name: '单田芳',
      gender: 'male',
      phone: '010-12345678',
      email: 'shantianfang@example.org',
      departmentId: ids.cardio,
      superiorId: ids.head,
      extraDepartmentIds: [ids.resp],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      employeeNo: '30001',
      superiorName: '李卫东',
      extraDepartmentIds: [ids.resp],
    });
    const row = await t.ownerDb
      .selectFrom('person')
      .select(['name_pinyin', 'name_initials'])
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name_pinyin: 'shantianfang dantianfang', name_initials: 'stf dtf' });
    expect(events).toContain('created 30001');
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'org.person.create')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({
      employeeNo: '30001',
      name: '单田芳',
      department: '心血管内科',
    });
    const picked = await admin.get('/api/v1/org/people/search?q=shantian');
    expect(picked.body.map((p: { name: string }) => p.name)).toEqual(['单田芳']);

    const duplicate = await admin.post('/api/v1/org/people', {
      employeeNo: '30001',
      name: '别人',
      departmentId: ids.cardio,
    });
    expect(duplicate.status).toBe(409);
    const invalid = await admin.post('/api/v1/org/people', {
      employeeNo: '30002',
      name: '坏号码',
      departmentId: ids.cardio,
      phone: '12345',
      email: 'nope',
      gender: 'x',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'email',
      'gender',
      'phone',
    ]);
  });

  it('renames and edits a person, keeping search in step and refusing cycles of superiors', async () => {
    const renamed = await admin.patch(`/api/v1/org/people/${ids.doctor}`, {
      name: '曾晓明',
      email: 'zxm@example.org',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '曾晓明', email: 'zxm@example.org' });
    expect(events).toContain('renamed 曾晓明');
    const found = await admin.get('/api/v1/org/people/search?q=zengxiaoming');
    expect(found.body.map((p: { id: string }) => p.id)).toEqual([ids.doctor]);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'org.person.update')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ changes: { name: { from: '张晓明', to: '曾晓明' } } });
    const cycle = await admin.patch(`/api/v1/org/people/${ids.head}`, { superiorId: ids.doctor });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details[0].path).toBe('superiorId');
    const detail = await admin.get(`/api/v1/org/people/${ids.doctor}`);
    expect(detail.body).toMatchObject({
      name: '曾晓明',
      superiorId: ids.head,
      departmentId: ids.cardio,
    });
  });

  it('disables and enables a person, telling the lifecycle listener', async () => {
    const disabled = await admin.post(`/api/v1/org/people/${ids.respDoctor}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect(events).toContain(`disabled ${ids.respDoctor}`);
    expect((await admin.get('/api/v1/org/people/search?q=qianyisheng')).body).toEqual([]);
    const enabled = await admin.post(`/api/v1/org/people/${ids.respDoctor}/enable`);
    expect(enabled.body.status).toBe('active');
    expect(events).toContain(`active ${ids.respDoctor}`);
    const actions = await t.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', ids.respDoctor!)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['org.person.disable', 'org.person.enable']);
  });

  it('moves a person to another department, whose head becomes their superior', async () => {
    const moved = await admin.post(`/api/v1/org/people/${ids.wardNurse}/move`, {
      departmentId: ids.resp,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      departmentId: ids.resp,
      departmentName: '呼吸科',
      superiorName: '王主任',
    });
    expect(numbers(await list(admin, `departmentId=${ids.ward}`))).toEqual([]);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'org.person.move')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ department: { from: '心内东院病区', to: '呼吸科' } });
    expect(
      (await admin.post(`/api/v1/org/people/${ids.wardNurse}/move`, { departmentId: ids.head }))
        .status,
    ).toBe(404);
  });

  it('keeps writes within the manager’s data scope', async () => {
    const manager = await buildPerson(t.ownerDb, { name: '科室管理员', departmentId: ids.cardio });
    const client = await signInAsPerson(t, manager.id, [
      { permission: 'org.manage', scope: 'department' },
    ]);
    expect(
      (await client.patch(`/api/v1/org/people/${ids.head}`, { phone: '13900139000' })).status,
    ).toBe(200);
    const outside = await client.patch(`/api/v1/org/people/${ids.clerk}`, { phone: '13900139000' });
    expect(outside.status).toBe(403);
    expect(
      (await client.post(`/api/v1/org/people/${ids.head}/move`, { departmentId: ids.office }))
        .status,
    ).toBe(403);
  });

  it('gives a new person an account that follows their status (org announces, auth reacts)', async () => {
    const created = await admin.post('/api/v1/org/people', {
      employeeNo: '40001',
      name: '新入职',
      departmentId: ids.cardio,
    });
    expect(created.status).toBe(201);
    const account = () =>
      t.ownerDb
        .selectFrom('account')
        .select(['username', 'status'])
        .where('person_id', '=', created.body.id)
        .executeTakeFirst();
    expect(await account()).toEqual({ username: '40001', status: 'active' });
    await admin.post(`/api/v1/org/people/${created.body.id}/disable`);
    expect((await account())?.status).toBe('disabled');
    await admin.post(`/api/v1/org/people/${created.body.id}/enable`);
    expect((await account())?.status).toBe('active');
  });
});
