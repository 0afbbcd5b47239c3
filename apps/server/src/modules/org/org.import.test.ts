import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import {
  buildCampus,
  buildDepartment,
  buildPerson,
  signInAsSystemAdmin,
} from '../../../test/factories/org.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const header = ['工号', '姓名', '性别', '手机', '邮箱', '科室编码', '科室', '职务', '直接上级工号'];

/** An .xlsx file with one sheet of rows (the first row holds the headers). */
async function workbook(sheet: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const worksheet = book.addWorksheet(sheet);
  for (const row of rows) worksheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows of the first sheet of an .xlsx file, as text. */
async function readRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => {
    rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}

describe('importing and exporting people', () => {
  let t: TestApp;
  let admin: TestClient;
  let cardio: string;

  const upload = (kind: 'people' | 'departments', mode: string, body: Buffer) =>
    admin.request('POST', `/api/v1/org/import/${kind}?mode=${mode}`, body, {
      'content-type': xlsxType,
    });
  const people = () => t.ownerDb.selectFrom('person').selectAll().orderBy('employee_no').execute();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsSystemAdmin(t);
    const campus = await buildCampus(t.ownerDb, { code: 'BB', name: '本部院区' });
    const root = await buildDepartment(t.ownerDb, {
      code: 'H',
      name: '医院',
      campusId: campus.id,
      kind: 'hospital',
    });
    cardio = (
      await buildDepartment(t.ownerDb, { code: 'C01', name: '心血管内科', parentId: root.id })
    ).id;
    await buildDepartment(t.ownerDb, { code: 'C02', name: '呼吸科', parentId: root.id });
    await buildDepartment(t.ownerDb, { code: 'X1', name: '同名科室', parentId: root.id });
    await buildDepartment(t.ownerDb, { code: 'X2', name: '同名科室', parentId: root.id });
    await buildPerson(t.ownerDb, { employeeNo: '10001', name: '李卫东', departmentId: cardio });
  });
  afterAll(() => t.close());

  const flawed = () =>
    workbook('人员', [
      header,
      ['20001', '张晓明', '男', '13800138000', 'zxm@example.org', 'C01', '', '主治医师', '10001'],
      ['20002', '', '女', '', '', 'C01', '', '', ''],
      ['20003', '王五', '男', '', '', 'C99', '', '', ''],
      ['20004', '赵六', '男', '', '', '', '不存在的科', '', ''],
      ['20005', '孙七', '男', '', '', '', '同名科室', '', ''],
      ['20006', '周八', '男', '', '', 'C01', '', '', '88888'],
      ['20007', '吴九', '男', '', '', 'C01', '', '', ''],
      ['20007', '郑十', '女', '', '', 'C01', '', '', ''],
      ['10001', '别人', '男', '', '', 'C01', '', '', ''],
      ['20008', '冯一', '男', '12345', '', 'C01', '', '', ''],
      ['20009', '陈二', '女', '', 'not-an-email', 'C01', '', '', ''],
      ['20010', '褚三', '妖', '', '', 'C01', '', '', ''],
      ['20011', '卫四', '女', '0754-88888888', '', 'C02', '', '护士', '20001'],
      ['20012', '蒋五', '女', '', '', 'C02', '', '', '20002'],
    ]);

  it('reports every problem by row and column in a dry run, and writes nothing', async () => {
    const before = await people();
    const response = await upload('people', 'dry-run', await flawed());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      mode: 'dry-run',
      totalRows: 14,
      validRows: 2,
      invalidRows: 12,
      written: 0,
    });
    const problems = response.body.problems.map(
      (p: { row: number; column: string }) => `${p.row} ${p.column}`,
    );
    expect(problems).toEqual([
      '3 姓名',
      '4 科室编码',
      '5 科室',
      '6 科室',
      '7 直接上级工号',
      '8 工号',
      '9 工号',
      '10 工号',
      '11 手机',
      '12 邮箱',
      '13 性别',
      '15 直接上级工号',
    ]);
    const messages = response.body.problems.map((p: { message: string }) => p.message);
    expect(messages[5]).toContain('第 8、9 行');
    expect(messages[7]).toContain('李卫东');
    expect(messages[11]).toContain('第 3 行');
    expect(await people()).toEqual(before);
  });

  it('writes nothing in all-or-nothing mode while any row is invalid', async () => {
    const before = await people();
    const response = await upload('people', 'all-or-nothing', await flawed());
    expect(response.body).toMatchObject({ mode: 'all-or-nothing', validRows: 2, written: 0 });
    expect(response.body.problems).toHaveLength(12);
    expect(await people()).toEqual(before);
  });

  it('writes only the valid rows in valid-only mode, superiors from the file included', async () => {
    const response = await upload('people', 'valid-only', await flawed());
    expect(response.body).toMatchObject({
      mode: 'valid-only',
      validRows: 2,
      invalidRows: 12,
      written: 2,
    });
    const rows = await people();
    expect(rows.map((p) => p.employee_no)).toEqual(['10001', '20001', '20011']);
    const [head, doctor, nurse] = rows;
    expect(doctor).toMatchObject({
      name: '张晓明',
      gender: 'male',
      phone: '13800138000',
      superior_id: head!.id,
      name_initials: 'zxm',
    });
    expect(nurse).toMatchObject({ superior_id: doctor!.id, phone: '0754-88888888' });
    const positions = await t.ownerDb
      .selectFrom('position')
      .select('name')
      .where('id', '=', doctor!.position_id!)
      .execute();
    expect(positions).toEqual([{ name: '主治医师' }]);
    const picked = await admin.get('/api/v1/org/people/search?q=zhangxiaoming');
    expect(picked.body.map((p: { employeeNo: string }) => p.employeeNo)).toEqual(['20001']);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'org.people.import')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({
      mode: 'valid-only',
      written: 2,
      created: {
        items: [
          { employeeNo: '20001', name: '张晓明' },
          { employeeNo: '20011', name: '卫四' },
        ],
      },
    });
  });

  it('writes a flawless file in all-or-nothing mode, updating existing people by employee number', async () => {
    const file = await workbook('人员', [
      header,
      ['20001', '张晓明', '男', '13900139000', 'zxm@example.org', 'C02', '', '副主任医师', '10001'],
      ['20020', '曾小贤', '男', '', '', '', '呼吸科', '', '20001'],
    ]);
    const response = await upload('people', 'all-or-nothing', file);
    expect(response.body).toMatchObject({ validRows: 2, invalidRows: 0, written: 2, problems: [] });
    const rows = await people();
    const moved = rows.find((p) => p.employee_no === '20001');
    expect(moved).toMatchObject({ phone: '13900139000' });
    const membership = await t.ownerDb
      .selectFrom('person_department')
      .select(['department_id', 'is_primary'])
      .where('person_id', '=', moved!.id)
      .execute();
    expect(membership).toEqual([{ department_id: moved!.department_id, is_primary: true }]);
    expect(rows.find((p) => p.employee_no === '20020')).toMatchObject({
      name_pinyin: 'zengxiaoxian cengxiaoxian',
      superior_id: moved!.id,
    });
  });

  it('exports people in the import layout, and the export imports back unchanged', async () => {
    const exported = await admin.get('/api/v1/org/export/people.xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe(xlsxType);
    expect(String(exported.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const rows = await readRows(exported.body);
    expect(rows[0]).toEqual([...header, '兼职科室编码', '状态']);
    expect(rows.find((r) => r[0] === '20020')).toEqual([
      '20020',
      '曾小贤',
      '男',
      '',
      '',
      'C02',
      '呼吸科',
      '',
      '20001',
      '',
      '在职',
    ]);
    const before = await people();
    const dry = await upload('people', 'dry-run', exported.body);
    expect(dry.body).toMatchObject({
      totalRows: before.length,
      validRows: before.length,
      problems: [],
    });
    const again = await upload('people', 'valid-only', exported.body);
    expect(again.body.written).toBe(before.length);
    expect(await people()).toEqual(before);
  });

  it('offers templates and explains a missing column or a wrong file', async () => {
    const template = await admin.get('/api/v1/org/import/people/template.xlsx');
    expect(template.status).toBe(200);
    expect((await readRows(template.body))[0]).toEqual([...header, '兼职科室编码', '状态']);
    const departmentsTemplate = await admin.get('/api/v1/org/import/departments/template.xlsx');
    expect((await readRows(departmentsTemplate.body))[0]).toEqual([
      '科室编码',
      '科室名称',
      '上级科室编码',
      '类型',
      '院区',
      '负责人工号',
      '排序',
    ]);
    const missing = await upload(
      'people',
      'dry-run',
      await workbook('人员', [
        ['工号', '姓名'],
        ['1', '甲'],
      ]),
    );
    expect(missing.body).toMatchObject({ validRows: 0, invalidRows: 1 });
    expect(missing.body.problems).toEqual([
      { row: 1, column: '科室编码', message: '缺少“科室编码”或“科室”列' },
    ]);
    const garbage = await upload('people', 'dry-run', Buffer.from('not a spreadsheet'));
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('validation');
  });
});

describe('importing and exporting departments', () => {
  let t: TestApp;
  let admin: TestClient;
  const upload = (mode: string, body: Buffer) =>
    admin.request('POST', `/api/v1/org/import/departments?mode=${mode}`, body, {
      'content-type': xlsxType,
    });
  const header = ['科室编码', '科室名称', '上级科室编码', '类型', '院区', '负责人工号', '排序'];
  const departments = () =>
    t.ownerDb.selectFrom('department').selectAll().orderBy('code').execute();

  beforeEach(async () => {
    t = await startTestApp();
    admin = await signInAsSystemAdmin(t);
    await buildCampus(t.ownerDb, { code: 'BB', name: '本部院区' });
    const root = await buildDepartment(t.ownerDb, { code: 'H', name: '医院', kind: 'hospital' });
    await buildPerson(t.ownerDb, { employeeNo: '10001', name: '李卫东', departmentId: root.id });
  });
  afterEach(() => t.close());

  it('checks codes, parents, cycles, kinds, campuses and heads, then writes the valid tree', async () => {
    const file = await workbook('科室', [
      header,
      ['C01', '心血管内科', 'CL', '临床', '本部院区', '10001', '10'],
      ['CL', '临床科室', 'H', '临床科室', 'BB', '', '1'],
      ['C02', '重复的', 'CL', '', '', '', ''],
      ['C02', '又重复', 'CL', '', '', '', ''],
      ['C03', '找不到上级', 'ZZ', '', '', '', ''],
      ['L1', '循环甲', 'L2', '', '', '', ''],
      ['L2', '循环乙', 'L1', '', '', '', ''],
      ['C04', '坏类型', 'CL', '外星', '', '', ''],
      ['C05', '坏院区', 'CL', '', '火星院区', '', ''],
      ['C06', '坏负责人', 'CL', '', '', '99999', ''],
      ['C07', '坏排序', 'CL', '', '', '', '第一'],
    ]);
    const dry = await upload('dry-run', file);
    expect(dry.body).toMatchObject({ totalRows: 11, validRows: 2, written: 0 });
    expect(
      dry.body.problems.map((p: { row: number; column: string }) => `${p.row} ${p.column}`),
    ).toEqual([
      '4 科室编码',
      '5 科室编码',
      '6 上级科室编码',
      '7 上级科室编码',
      '8 上级科室编码',
      '9 类型',
      '10 院区',
      '11 负责人工号',
      '12 排序',
    ]);
    expect(await departments()).toHaveLength(1);
    const written = await upload('valid-only', file);
    expect(written.body.written).toBe(2);
    const rows = await departments();
    const [clinical, cardio, root] = [
      rows.find((d) => d.code === 'CL')!,
      rows.find((d) => d.code === 'C01')!,
      rows.find((d) => d.code === 'H')!,
    ];
    expect(cardio).toMatchObject({
      parent_id: clinical.id,
      kind: 'clinical',
      sort: 10,
      name_initials: 'xxgnk',
      path: `/${root.id}/${clinical.id}/${cardio.id}/`,
    });
    expect(cardio.head_person_id).not.toBeNull();
    expect(cardio.campus_id).toBe(clinical.campus_id);
  });

  it('moves existing departments by code and round-trips its export', async () => {
    await upload(
      'all-or-nothing',
      await workbook('科室', [header, ['A', '甲', 'H'], ['B', '乙', 'A'], ['C', '丙', 'H']]),
    );
    const moved = await upload(
      'all-or-nothing',
      await workbook('科室', [header, ['A', '甲科', 'C']]),
    );
    expect(moved.body).toMatchObject({ written: 1, problems: [] });
    const rows = await departments();
    const byCode = (code: string) => rows.find((d) => d.code === code)!;
    expect(byCode('B').path).toBe(
      `/${byCode('H').id}/${byCode('C').id}/${byCode('A').id}/${byCode('B').id}/`,
    );
    expect(byCode('A').name_pinyin).toBe('jiake');
    const cycle = await upload('dry-run', await workbook('科室', [header, ['C', '丙', 'B']]));
    expect(cycle.body.problems).toEqual([
      { row: 2, column: '上级科室编码', message: expect.stringContaining('循环') },
    ]);

    const exported = await admin.get('/api/v1/org/export/departments.xlsx');
    const exportedRows = await readRows(exported.body);
    expect(exportedRows[0]).toEqual(header);
    expect(exportedRows.map((r) => r[0])).toEqual(['科室编码', 'H', 'C', 'A', 'B']);
    const again = await upload('valid-only', exported.body);
    expect(again.body).toMatchObject({ validRows: 4, problems: [] });
    expect(await departments()).toEqual(rows);
  });
});
