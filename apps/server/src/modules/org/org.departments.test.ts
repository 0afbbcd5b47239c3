import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import {
  buildCampus,
  buildDepartment,
  buildPerson,
  signInAsSystemAdmin,
} from '../../../test/factories/org.ts';

describe('campuses and the department tree', () => {
  let t: TestApp;
  let admin: TestClient;
  let rootId: string;

  const auditOf = (action: string) =>
    t.ownerDb
      .selectFrom('audit_log')
      .select(['target_id', 'summary'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsSystemAdmin(t);
    const campus = await buildCampus(t.ownerDb, { code: 'BB', name: '本部院区' });
    rootId = (
      await buildDepartment(t.ownerDb, {
        code: 'H',
        name: '医院',
        kind: 'hospital',
        campusId: campus.id,
      })
    ).id;
  });
  afterAll(() => t.close());

  it('creates and renames campuses, refusing a duplicate code', async () => {
    const created = await admin.post('/api/v1/org/campuses', {
      code: 'DY',
      name: '东院',
      address: '东湖大道',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'DY', name: '东院', address: '东湖大道' });
    const renamed = await admin.patch(`/api/v1/org/campuses/${created.body.id}`, {
      name: '东院区',
    });
    expect(renamed.body.name).toBe('东院区');
    expect((await admin.post('/api/v1/org/campuses', { code: 'DY', name: '重复' })).status).toBe(
      409,
    );
    const list = await admin.get('/api/v1/org/campuses');
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['本部院区', '东院区']),
    );
    const [update] = await auditOf('org.campus.update');
    expect(update?.summary).toMatchObject({ changes: { name: { from: '东院', to: '东院区' } } });
  });

  it('builds departments of any depth and shows them as a tree with heads and counts', async () => {
    const clinical = await admin.post('/api/v1/org/departments', {
      code: 'CL',
      name: '临床科室',
      parentId: rootId,
      kind: 'clinical',
    });
    expect(clinical.status).toBe(201);
    const cardio = await admin.post('/api/v1/org/departments', {
      code: 'C01',
      name: '心血管内科',
      parentId: clinical.body.id,
    });
    const ward = await admin.post('/api/v1/org/departments', {
      code: 'C01-1',
      name: '心内一病区',
      parentId: cardio.body.id,
    });
    expect(ward.body).toMatchObject({ kind: 'clinical', parentId: cardio.body.id });
    const head = await buildPerson(t.ownerDb, { name: '李卫东', departmentId: cardio.body.id });
    await buildPerson(t.ownerDb, { name: '张晓明', departmentId: cardio.body.id });
    await buildPerson(t.ownerDb, {
      name: '已停用',
      departmentId: cardio.body.id,
      status: 'disabled',
    });
    expect(
      (await admin.patch(`/api/v1/org/departments/${cardio.body.id}`, { headPersonId: head.id }))
        .status,
    ).toBe(200);

    const tree = await admin.get('/api/v1/org/departments/tree');
    expect(tree.status).toBe(200);
    const [root] = tree.body;
    expect(root).toMatchObject({ code: 'H', parentId: null });
    const node = root.children[0].children[0];
    expect(node).toMatchObject({
      code: 'C01',
      headName: '李卫东',
      headPersonId: head.id,
      memberCount: 2,
    });
    expect(node.children.map((c: { name: string }) => c.name)).toEqual(['心内一病区']);
    const plain = await admin.post('/api/v1/org/departments', {
      code: 'P1',
      name: '未分类',
      parentId: rootId,
    });
    expect(plain.body.kind).toBe('other');
    const path = await t.ownerDb
      .selectFrom('department')
      .select('path')
      .where('id', '=', ward.body.id)
      .executeTakeFirstOrThrow();
    expect(path.path).toBe(`/${rootId}/${clinical.body.id}/${cardio.body.id}/${ward.body.id}/`);
  });

  it('moves a department with its subtree, and refuses to move it under itself', async () => {
    const admin2 = await admin.post('/api/v1/org/departments', {
      code: 'AD',
      name: '行政职能',
      parentId: rootId,
      kind: 'administrative',
    });
    const office = await admin.post('/api/v1/org/departments', {
      code: 'A01',
      name: '院办',
      parentId: rootId,
    });
    const desk = await admin.post('/api/v1/org/departments', {
      code: 'A01-1',
      name: '文书室',
      parentId: office.body.id,
    });
    const moved = await admin.patch(`/api/v1/org/departments/${office.body.id}`, {
      parentId: admin2.body.id,
      name: '院长办公室',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: admin2.body.id, name: '院长办公室' });
    const child = await t.ownerDb
      .selectFrom('department')
      .select(['path'])
      .where('id', '=', desk.body.id)
      .executeTakeFirstOrThrow();
    expect(child.path).toBe(`/${rootId}/${admin2.body.id}/${office.body.id}/${desk.body.id}/`);
    // The new name is searchable by its pinyin at once.
    const found = await admin.get('/api/v1/org/departments/search?q=yzbgs');
    expect(found.body.map((d: { name: string }) => d.name)).toEqual(['院长办公室']);

    const loop = await admin.patch(`/api/v1/org/departments/${office.body.id}`, {
      parentId: desk.body.id,
    });
    expect(loop.status).toBe(400);
    expect(loop.body.error.details).toEqual([{ path: 'parentId', message: expect.any(String) }]);
    const [audit] = await auditOf('org.department.update');
    expect(audit).toBeDefined();
    const entries = await auditOf('org.department.update');
    expect(entries.at(-1)?.summary).toMatchObject({
      movedUnder: '行政职能',
      changes: { name: { from: '院办', to: '院长办公室' } },
    });
  });

  it('refuses a duplicate code, unknown parents and unknown heads', async () => {
    expect(
      (await admin.post('/api/v1/org/departments', { code: 'H', name: '又一个' })).status,
    ).toBe(409);
    const unknown = await admin.post('/api/v1/org/departments', {
      code: 'X1',
      name: '孤儿',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('parentId');
    const badBody = await admin.post('/api/v1/org/departments', {
      code: '',
      name: 'x',
      kind: 'nope',
    });
    expect(badBody.status).toBe(400);
    expect(badBody.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'code',
      'kind',
    ]);
  });

  it('soft-deletes an empty department but not one with people or children', async () => {
    const empty = await admin.post('/api/v1/org/departments', {
      code: 'TMP',
      name: '临时科室',
      parentId: rootId,
    });
    const withChild = await admin.post('/api/v1/org/departments', {
      code: 'TMP2',
      name: '有下级',
      parentId: rootId,
    });
    await admin.post('/api/v1/org/departments', {
      code: 'TMP3',
      name: '下级',
      parentId: withChild.body.id,
    });
    const staffed = await admin.post('/api/v1/org/departments', {
      code: 'TMP4',
      name: '有人',
      parentId: rootId,
    });
    const host = await admin.post('/api/v1/org/departments', {
      code: 'TMP5',
      name: '主科室',
      parentId: rootId,
    });
    await buildPerson(t.ownerDb, {
      departmentId: host.body.id,
      extraDepartmentIds: [staffed.body.id],
    });

    expect((await admin.delete(`/api/v1/org/departments/${withChild.body.id}`)).status).toBe(409);
    const refused = await admin.delete(`/api/v1/org/departments/${staffed.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 名人员');
    expect((await admin.delete(`/api/v1/org/departments/${empty.body.id}`)).status).toBe(204);

    const row = await t.ownerDb
      .selectFrom('department')
      .select('deleted_at')
      .where('id', '=', empty.body.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    const tree = await admin.get('/api/v1/org/departments/tree');
    expect(JSON.stringify(tree.body)).not.toContain('临时科室');
    expect((await admin.delete(`/api/v1/org/departments/${empty.body.id}`)).status).toBe(404);
    // The code of a deleted department is free again.
    expect(
      (await admin.post('/api/v1/org/departments', { code: 'TMP', name: '新临时科室' })).status,
    ).toBe(201);
    expect((await auditOf('org.department.delete')).map((e) => e.target_id)).toEqual([
      empty.body.id,
    ]);
  });

  it('lists positions for everyone signed in', async () => {
    const positions = await admin.get('/api/v1/org/positions');
    expect(positions.status).toBe(200);
    expect(positions.body.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['院长', '主任', '护士长', '主治医师', '科员']),
    );
  });
});
