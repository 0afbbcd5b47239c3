import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { buildDepartment, buildPerson, signInAsPerson } from '../../../test/factories/org.ts';

describe('search for pickers', () => {
  let t: TestApp;
  let client: TestClient;
  const names = (body: { name: string }[]) => body.map((p) => p.name);

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.ownerDb;
    const root = await buildDepartment(db, { code: 'H', name: '医院', kind: 'hospital' });
    const cardio = await buildDepartment(db, {
      code: 'C01',
      name: '心血管内科',
      parentId: root.id,
    });
    const resp = await buildDepartment(db, {
      code: 'C02',
      name: '呼吸与危重症医学科',
      parentId: root.id,
    });
    await buildDepartment(db, { code: 'C03', name: '消化内科', parentId: root.id });
    await buildDepartment(db, {
      code: 'A06',
      name: '信息科',
      parentId: root.id,
      kind: 'administrative',
    });
    const people: [string, string, string][] = [
      ['10001', '张三', cardio.id],
      ['10002', '张三丰', cardio.id],
      ['10003', '章山', resp.id],
      ['10004', '单雄信', resp.id],
      ['10005', '曾国藩', cardio.id],
      ['10006', '解缙', cardio.id],
      ['10007', '仇英', resp.id],
      ['10008', '区志强', resp.id],
      ['10009', '查良镛', resp.id],
      ['10010', '吕丽', cardio.id],
      ['20001', '王晓明', cardio.id],
      ['10011', '李晓明', cardio.id],
    ];
    for (const [employeeNo, name, departmentId] of people) {
      await buildPerson(db, { employeeNo, name, departmentId });
    }
    await buildPerson(db, {
      employeeNo: '10099',
      name: '张三',
      departmentId: cardio.id,
      status: 'disabled',
    });
    const viewer = await buildPerson(db, {
      employeeNo: '30001',
      name: '观察员',
      departmentId: cardio.id,
    });
    client = await signInAsPerson(t, viewer.id);
  });
  afterAll(() => t.close());

  const search = async (q: string, limit = 20) => {
    const response = await client.get(
      `/api/v1/org/people/search?q=${encodeURIComponent(q)}&limit=${limit}`,
    );
    expect(response.status).toBe(200);
    return response.body as {
      id: string;
      employeeNo: string;
      name: string;
      departmentName: string;
    }[];
  };

  it('finds by full pinyin and by initials, prefixes included', async () => {
    expect(names(await search('zhangsan'))).toEqual(['张三', '张三丰']);
    // 章山 (zhāng shān) shares the initials: exact initials before longer names.
    expect(names(await search('zs'))).toEqual(['张三', '章山', '张三丰']);
    expect(names(await search('zhangs'))).toEqual(['张三', '章山', '张三丰']);
    expect(names(await search('Zhang San'))).toEqual(['张三', '张三丰']);
    expect(names(await search('zsf'))).toEqual(['张三丰']);
  });

  it('finds polyphonic surnames by their surname reading and their everyday one', async () => {
    expect(names(await search('shanxiongxin'))).toEqual(['单雄信']);
    expect(names(await search('danxiongxin'))).toEqual(['单雄信']);
    expect(names(await search('zengguofan'))).toEqual(['曾国藩']);
    expect(names(await search('xiejin'))).toEqual(['解缙']);
    expect(names(await search('qiuying'))).toEqual(['仇英']);
    expect(names(await search('ouzhiqiang'))).toEqual(['区志强']);
    expect(names(await search('ozq'))).toEqual(['区志强']);
    expect(names(await search('zhaliangyong'))).toEqual(['查良镛']);
    expect(names(await search('lvli'))).toEqual(['吕丽']);
    expect(names(await search('luli'))).toEqual(['吕丽']);
  });

  it('names a person by their id (how a filled-in form shows a chosen person)', async () => {
    const [first] = await search('zhangsan');
    expect(first).toBeDefined();
    expect(names(await search(first?.id ?? ''))).toEqual(['张三']);
    expect(await search('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('finds by employee number and by name, exact matches first', async () => {
    const byNumber = await search('1000');
    expect(byNumber.map((p) => p.employeeNo).slice(0, 3)).toEqual(['10001', '10002', '10003']);
    expect((await search('10003'))[0]).toMatchObject({
      name: '章山',
      departmentName: '呼吸与危重症医学科',
    });
    expect(names(await search('张三'))).toEqual(['张三', '张三丰']);
    // An exact employee number outranks names that merely start with the text.
    expect((await search('20001'))[0]?.name).toBe('王晓明');
    // Chinese text also matches inside names, after the prefix matches.
    expect(names(await search('晓明'))).toEqual(['李晓明', '王晓明']);
  });

  it('lists only active people, honours the limit, and ignores blank or odd text', async () => {
    expect((await search('zhangsan')).every((p) => p.employeeNo !== '10099')).toBe(true);
    expect(await search('z', 2)).toHaveLength(2);
    expect(await search('   ')).toEqual([]);
    expect(await search("%_'\\")).toEqual([]);
  });

  it('searches departments by name, code, pinyin and initials', async () => {
    const departments = async (q: string) => {
      const response = await client.get(
        `/api/v1/org/departments/search?q=${encodeURIComponent(q)}`,
      );
      expect(response.status).toBe(200);
      return (response.body as { name: string }[]).map((d) => d.name);
    };
    expect(await departments('xxgnk')).toEqual(['心血管内科']);
    expect(await departments('xinxue')).toEqual(['心血管内科']);
    expect(await departments('hxywzzyxk')).toEqual(['呼吸与危重症医学科']);
    expect(await departments('C0')).toEqual(['心血管内科', '呼吸与危重症医学科', '消化内科']);
    expect(await departments('信息')).toEqual(['信息科']);
    expect(await departments('x')).toEqual(['信息科', '心血管内科', '消化内科']);
    // "内科" is no prefix, but names containing it come next.
    expect(await departments('内科')).toEqual(['心血管内科', '消化内科']);
  });

  it('uses the indexes for prefix search, in a plan made for any text', async () => {
    const plan = await t.ownerDb.connection().execute(async (db) => {
      await sql`SET enable_seqscan = off`.execute(db);
      await sql`SET plan_cache_mode = force_generic_plan`.execute(db);
      // Prefixes as the picker's statement has them (people.query.ts): ranges.
      await sql`PREPARE picker(text, text, text) AS SELECT id FROM person p
        WHERE p.search_readings @@ to_tsquery('simple', $3)
           OR (p.employee_no ~>=~ $1 AND p.employee_no ~<~ $2)
           OR (p.name ~>=~ $1 AND p.name ~<~ $2)`.execute(db);
      try {
        return await sql<{
          'QUERY PLAN': string;
        }>`EXPLAIN EXECUTE picker('100', '101', 'zhang:*')`.execute(db);
      } finally {
        // The connection goes back to the owner's pool as it came.
        await sql`DEALLOCATE picker`.execute(db);
        await sql`RESET ALL`.execute(db);
      }
    });
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('person_search_readings_column');
    expect(text).toContain('person_employee_no_prefix');
    expect(text).toContain('person_name_prefix');
  });
});
