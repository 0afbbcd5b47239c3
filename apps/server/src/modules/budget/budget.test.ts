import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { buildDepartment, buildPerson } from '../../../test/factories/org.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { seedDemoBudgets } from './index.ts';

describe('the budget data source', () => {
  let t: TestApp;
  let client: TestClient;
  const now = new Date('2026-06-01T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp();
    const cardiology = await buildDepartment(t.ownerDb, { code: 'C01', name: '心血管内科' });
    const finance = await buildDepartment(t.ownerDb, { code: 'A05', name: '财务部' });
    await buildDepartment(t.ownerDb, { code: 'CL', name: '临床科室' });
    const doctor = await buildPerson(t.ownerDb, { departmentId: cardiology.id, name: '张晓明' });
    await buildPerson(t.ownerDb, { departmentId: finance.id, name: '刘芳' });
    await createAccount(t.ownerDb, {
      username: 'doctor',
      password: 'Doctor#2026',
      personId: doctor.id,
    });
    client = t.client();
    await client.login('doctor', 'Doctor#2026');
    expect(await seedDemoBudgets(t.ownerDb, now)).toBe(10);
    // Only into an empty table.
    expect(await seedDemoBudgets(t.ownerDb, now)).toBe(0);
  });
  afterAll(() => t.close());

  it('gives each department with people its lines, partly used, remaining exact', async () => {
    const page = await client.get('/api/v1/data-sources/budget?pageSize=50');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 10, page: 1, pageSize: 50 });
    const codes = (page.body.items as { code: string }[]).map((item) => item.code);
    expect(codes).toContain('YS2026-C01-02');
    expect(codes.some((code) => code.includes('-CL-'))).toBe(false);
    for (const item of page.body.items as { total: number; used: number; remaining: number }[]) {
      expect(item.used).toBeLessThanOrEqual(item.total);
      expect(Math.round((item.total - item.used) * 100)).toBe(Math.round(item.remaining * 100));
    }
  });

  it('searches by code, name, pinyin and initials, and pages', async () => {
    const search = async (q: string) =>
      (await client.get(`/api/v1/data-sources/budget?q=${encodeURIComponent(q)}`)).body.items as {
        code: string;
        name: string;
        department: string;
      }[];
    expect((await search('C01-02')).map((item) => item.code)).toEqual(['YS2026-C01-02']);
    expect((await search('心血管内科差旅')).map((item) => item.name)).toEqual(['心血管内科差旅费']);
    expect((await search('chailv')).length).toBe(2);
    expect((await search('xxgnkclf')).map((item) => item.department)).toEqual(['心血管内科']);
    const second = await client.get('/api/v1/data-sources/budget?page=2&pageSize=4');
    expect(second.body.items).toHaveLength(4);
    expect(second.body.total).toBe(10);
  });

  it('answers one line by code, or not_found', async () => {
    const one = await client.get('/api/v1/data-sources/budget/YS2026-A05-01');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ code: 'YS2026-A05-01', name: '财务部办公经费', year: 2026 });
    expect((await client.get('/api/v1/data-sources/budget/NOPE')).status).toBe(404);
    expect((await t.client().get('/api/v1/data-sources/budget')).status).toBe(401);
  });
});
