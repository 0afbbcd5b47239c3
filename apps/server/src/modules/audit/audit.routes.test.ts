import { newId, type AdjustableClock } from '@yuanwu/kernel';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { createAdministrators } from '../../../test/factories/accounts.ts';

describe('the audit administrator’s routes', () => {
  let t: TestApp;
  let auditor: TestClient;
  let admins: Awaited<ReturnType<typeof createAdministrators>>;
  const hour = 3_600_000;
  const marks: Date[] = [];
  const routes = [
    ['GET', '/api/v1/audit/entries'],
    ['GET', '/api/v1/audit/entries/export.xlsx'],
    ['POST', '/api/v1/audit/verify'],
    ['GET', '/api/v1/audit/logins'],
  ] as const;

  const record = (username: string, name: string, event: Record<string, unknown>) =>
    t.app.deps.audit.recordAlone(
      { accountId: null, username, name, ip: '10.1.1.1', userAgent: 'seed', requestId: newId() },
      { action: 'x', ...event },
    );
  const entries = (query = '') =>
    auditor.get(`/api/v1/audit/entries${query}`).then((response) => {
      expect(response.status).toBe(200);
      return response.body as { items: any[]; total: number; page: number; pageSize: number };
    });
  const actionsOf = (page: { items: { action: string }[] }) => page.items.map((i) => i.action);

  beforeAll(async () => {
    t = await startTestApp();
    // Four hours of history, one hour apart, before anyone signs in.
    const clock = t.app.clock as AdjustableClock;
    marks.push(clock.now());
    await record('zhangsan', '张三', {
      action: 'org.person.create',
      targetType: 'person',
      targetId: 'p-1',
      summary: { name: '王五' },
    });
    marks.push(clock.advance(hour));
    await record('lisi', '李四', {
      action: 'org.person.update',
      targetType: 'person',
      targetId: 'p-2',
      result: 'failure',
      errorCode: 'conflict',
    });
    marks.push(clock.advance(hour));
    await record('zhangsan', '张三', {
      action: 'org.department.create',
      targetType: 'department',
      targetId: 'd-1',
    });
    marks.push(clock.advance(hour));
    await record('wangwu', '王五', { action: 'org.person_x.create', targetType: 'person' });
    marks.push(clock.advance(hour));
    admins = await createAdministrators(t.ownerDb);
    auditor = t.client();
    expect((await auditor.login(admins.audit.username, admins.audit.password)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('are refused to everyone but the audit administrator', async () => {
    const anonymous = t.client();
    const system = t.client();
    const security = t.client();
    await system.login(admins.system.username, admins.system.password);
    await security.login(admins.security.username, admins.security.password);
    for (const [method, url] of routes) {
      expect((await anonymous.request(method, url)).status).toBe(401);
      for (const client of [system, security]) {
        const refused = await client.request(method, url);
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('forbidden');
      }
    }
  });

  it('lists entries newest first with the documented shape and server paging', async () => {
    const all = await entries('?pageSize=200');
    const stored = await t.ownerDb.selectFrom('audit_log').select('seq').execute();
    expect(all.total).toBe(stored.length);
    const seqs = all.items.map((item) => item.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const [person] = (await entries('?targetId=p-2')).items;
    expect(person).toEqual({
      seq: expect.any(Number),
      id: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      actorUsername: 'lisi',
      actorName: '李四',
      ip: '10.1.1.1',
      action: 'org.person.update',
      targetType: 'person',
      targetId: 'p-2',
      result: 'failure',
      errorCode: 'conflict',
      summary: {},
    });
    expect(Date.parse(person.at) - marks[1]!.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(person.at) - marks[1]!.getTime()).toBeLessThan(hour);

    const second = await entries('?action=org.&pageSize=2&page=2');
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(actionsOf(second)).toEqual(['org.person.update', 'org.person.create']);
  });

  it('filters by actor (username or name), action prefix, target, result and time', async () => {
    expect(actionsOf(await entries('?actor=张'))).toEqual([
      'org.department.create',
      'org.person.create',
    ]);
    expect(actionsOf(await entries('?actor=LISI'))).toEqual(['org.person.update']);
    expect(actionsOf(await entries('?action=org.person.'))).toEqual([
      'org.person.update',
      'org.person.create',
    ]);
    // Typed text is literal: `_` is not a wildcard.
    expect(actionsOf(await entries('?action=org.person_'))).toEqual(['org.person_x.create']);
    expect(actionsOf(await entries('?targetType=person&targetId=p-1'))).toEqual([
      'org.person.create',
    ]);
    expect(actionsOf(await entries('?result=failure&action=org.'))).toEqual(['org.person.update']);
    const from = encodeURIComponent(marks[1]!.toISOString());
    const to = encodeURIComponent(marks[3]!.toISOString());
    // From is inclusive, to exclusive; both are UTC instants.
    expect(actionsOf(await entries(`?action=org.&from=${from}&to=${to}`))).toEqual([
      'org.department.create',
      'org.person.update',
    ]);
    // The same instant written with the hospital's offset.
    const shifted = encodeURIComponent(
      new Date(marks[1]!.getTime() + 8 * hour).toISOString().replace('Z', '+08:00'),
    );
    expect((await entries(`?action=org.&from=${shifted}`)).total).toBe(3);
  });

  it('answers bad filters with validation details', async () => {
    for (const query of [
      '?from=yesterday',
      '?pageSize=1000',
      '?result=maybe',
      `?from=${encodeURIComponent(marks[2]!.toISOString())}&to=${encodeURIComponent(marks[1]!.toISOString())}`,
    ]) {
      const response = await auditor.get(`/api/v1/audit/entries${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation');
      expect(response.body.error.details.length).toBeGreaterThan(0);
    }
  });

  it('does not audit page views, but records exports and verifications', async () => {
    const views = () =>
      t.ownerDb
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'audit.view')
        .orderBy('seq')
        .execute();
    const before = (await views()).length;
    await entries();
    await entries('?actor=张');
    expect(await views()).toHaveLength(before);

    expect((await auditor.get('/api/v1/audit/entries/export.xlsx?actor=lisi')).status).toBe(200);
    expect((await auditor.post('/api/v1/audit/verify')).status).toBe(200);
    const recorded = (await views()).slice(before);
    expect(recorded).toEqual([
      expect.objectContaining({
        actor_username: admins.audit.username,
        target_type: 'audit_log',
        result: 'success',
        summary: { operation: 'export', filter: { actor: 'lisi' }, rows: 1 },
      }),
      expect.objectContaining({
        actor_username: admins.audit.username,
        result: 'success',
        summary: { operation: 'verify', intact: true, entries: expect.any(Number) },
      }),
    ]);
  });

  it('exports the filtered entries to .xlsx with Chinese headers and hospital time', async () => {
    const response = await auditor.get('/api/v1/audit/entries/export.xlsx?action=org.person');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-log-\d{8}-\d{4}\.xlsx"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      '序号',
      '时间（Asia/Shanghai）',
      '账号',
      '姓名',
      'IP 地址',
      '操作',
      '对象类型',
      '对象 ID',
      '结果',
      '错误码',
      '摘要',
      '请求 ID',
      '终端',
    ]);
    expect(sheet.rowCount).toBe(4);
    const listed = (await entries('?action=org.person')).items;
    // Newest first; times are the wall clock in Asia/Shanghai (UTC+8).
    const shanghai = (instant: Date) =>
      new Date(instant.getTime() + 8 * hour).toISOString().slice(0, 19).replace('T', ' ');
    expect(values(2).slice(1, 10)).toEqual([
      shanghai(new Date(listed[0].at)),
      'wangwu',
      '王五',
      '10.1.1.1',
      'org.person_x.create',
      'person',
      '',
      '成功',
      '',
    ]);
    expect(values(3).slice(5, 11)).toEqual([
      'org.person.update',
      'person',
      'p-2',
      '失败',
      'conflict',
      '{}',
    ]);
    expect(values(4)[1]).toBe(shanghai(new Date(listed[2].at)));
    expect(values(4)[10]).toBe('{"name":"王五"}');
    const about = workbook.getWorksheet('导出说明')!;
    expect((about.getRow(2).values as unknown[]).slice(1)).toEqual([
      '导出人',
      `${admins.audit.username}（${admins.audit.username}）`,
    ]);
  });

  it('verifies the chain on demand', async () => {
    const response = await auditor.post('/api/v1/audit/verify');
    expect(response.status).toBe(200);
    const stored = await t.ownerDb.selectFrom('audit_log').select('seq').execute();
    // The verify entry itself is appended after the walk.
    expect(response.body).toEqual({ intact: true, entries: stored.length - 1 });
  });

  it('lists the login log with filters, newest first', async () => {
    const someone = t.client();
    await someone.login(admins.system.username, 'wrong-password');
    await someone.login('nobody-at-all', 'wrong-password');
    await someone.login(admins.system.username, admins.system.password);
    const logins = async (query: string) => {
      const response = await auditor.get(`/api/v1/audit/logins${query}`);
      expect(response.status).toBe(200);
      return response.body;
    };
    const failures = await logins(`?success=false&username=${admins.system.username}`);
    expect(failures.total).toBe(1);
    expect(failures.items[0]).toEqual({
      id: expect.any(Number),
      at: expect.any(String),
      accountId: admins.system.id,
      username: admins.system.username,
      ip: '10.0.0.1',
      userAgent: 'yuanwu-test',
      success: false,
      reason: expect.any(String),
    });
    const all = await logins('?pageSize=100');
    const times = all.items.map((item: { at: string }) => item.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.items.map((item: { username: string }) => item.username)).toContain('nobody-at-all');
    const later = encodeURIComponent(new Date(Date.now() + 400 * 24 * hour).toISOString());
    expect((await logins(`?from=${later}`)).total).toBe(0);
    expect((await auditor.get('/api/v1/audit/logins?success=yes')).status).toBe(400);
  });
});
