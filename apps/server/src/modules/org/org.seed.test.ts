import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { signInAsSystemAdmin } from '../../../test/factories/org.ts';
import {
  demoPeople,
  departmentHeadOf,
  findPersonByEmployeeNo,
  organisationSnapshot,
  roleHolders,
  rolesOfPerson,
  searchPeople,
  seedDemoOrganisation,
  superiorOf,
} from './index.ts';

describe('the demo hospital', () => {
  let t: TestApp;
  let seconds = 0;
  beforeAll(async () => {
    t = await startTestApp();
    const started = performance.now();
    const result = await t.db
      .transaction()
      .execute((trx) => seedDemoOrganisation(trx, { now: new Date() }));
    seconds = (performance.now() - started) / 1000;
    expect(result.seeded).toBe(true);
  });
  afterAll(() => t.close());

  it('seeds fast, and only into an empty organisation', async () => {
    expect(seconds).toBeLessThan(10);
    const again = await t.db
      .transaction()
      .execute((trx) => seedDemoOrganisation(trx, { now: new Date() }));
    expect(again.seeded).toBe(false);
  });

  it('has at least 3 campuses, 40 departments and 1,500 people', async () => {
    const count = async (table: 'campus' | 'department' | 'person') =>
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count('campus')).toBeGreaterThanOrEqual(3);
    expect(await count('department')).toBeGreaterThanOrEqual(40);
    expect(await count('person')).toBeGreaterThanOrEqual(1500);
  });

  it('gives every department a head and everyone but the president a superior', async () => {
    const headless = await t.db
      .selectFrom('department')
      .select('name')
      .where('head_person_id', 'is', null)
      .execute();
    expect(headless).toEqual([]);
    const withoutSuperior = await t.db
      .selectFrom('person')
      .select('employee_no')
      .where('superior_id', 'is', null)
      .execute();
    expect(withoutSuperior.map((p) => p.employee_no)).toEqual([demoPeople.president.employeeNo]);
    const primary = await t.db
      .selectFrom('person_department')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('is_primary', '=', true)
      .executeTakeFirstOrThrow();
    expect(primary.n).toBeGreaterThanOrEqual(1500);
  });

  it('has unique, valid phone numbers and emails, and employee numbers of 5 digits', async () => {
    const people = await t.db
      .selectFrom('person')
      .select(['employee_no', 'phone', 'email', 'gender'])
      .execute();
    expect(people.every((p) => /^\d{5}$/.test(p.employee_no))).toBe(true);
    expect(people.every((p) => /^1[3-9]\d{9}$/.test(p.phone ?? ''))).toBe(true);
    expect(new Set(people.map((p) => p.phone)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    const women = people.filter((p) => p.gender === 'female').length;
    expect(women / people.length).toBeGreaterThan(0.4);
  });

  it('includes people with polyphonic surnames, searchable by their surname reading', async () => {
    for (const surname of ['单', '曾', '解', '仇', '区', '查']) {
      const found = await t.db
        .selectFrom('person')
        .select('name')
        .where('name', 'like', `${surname}%`)
        .execute();
      expect(found.length, surname).toBeGreaterThan(1);
    }
    const byShan = await searchPeople(t.db, 'shanzhigang');
    expect(byShan[0]).toMatchObject({ employeeNo: '10002', name: '单志刚' });
  });

  it('knows its memorable people, their heads and superiors', async () => {
    const doctor = await findPersonByEmployeeNo(t.db, demoPeople.cardiologyDoctor.employeeNo);
    expect(doctor).toMatchObject({
      name: '张晓明',
      departmentName: '心血管内科',
      positionName: '主治医师',
    });
    const head = await departmentHeadOf(t.db, doctor!.departmentId, 1);
    expect(head).toMatchObject({
      employeeNo: demoPeople.cardiologyHead.employeeNo,
      name: '李卫东',
    });
    expect(await superiorOf(t.db, doctor!.id)).toMatchObject({ name: '李卫东' });
    // Level 2 is the 临床科室 head, the 分管医疗副院长; level 3 the president.
    expect(await departmentHeadOf(t.db, doctor!.departmentId, 2)).toMatchObject({ name: '单志刚' });
    expect(await departmentHeadOf(t.db, doctor!.departmentId, 3)).toMatchObject({ name: '周建国' });
    expect(await superiorOf(t.db, head!.id)).toMatchObject({ name: '单志刚' });
    expect(await superiorOf(t.db, (await findPersonByEmployeeNo(t.db, '10002'))!.id)).toMatchObject(
      { name: '周建国' },
    );
  });

  it('fills the roles the workflow templates need, and their groups', async () => {
    const codes = [
      'president',
      'vice_president',
      'department_director',
      'head_nurse',
      'finance_reviewer',
      'seal_keeper',
      'archivist',
      'party_office_director',
      'it_reviewer',
      'procurement_reviewer',
      'equipment_manager',
    ];
    for (const code of codes)
      expect((await roleHolders(t.db, code)).length, code).toBeGreaterThan(0);
    expect((await roleHolders(t.db, 'vice_president')).length).toBe(4);
    expect((await roleHolders(t.db, 'president')).map((p) => p.name)).toEqual(['周建国']);
    expect((await roleHolders(t.db, 'finance_reviewer')).map((p) => p.name)).toContain('刘芳');
    expect((await roleHolders(t.db, 'staff')).length).toBeGreaterThanOrEqual(1500);
    const groups = await t.db.selectFrom('role_group').select('name').execute();
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining(['院领导', '中层干部', '职能审核']),
    );
    const finance = await findPersonByEmployeeNo(t.db, demoPeople.financeReviewer.employeeNo);
    expect((await rolesOfPerson(t.db, finance!.id)).map((r) => r.code).sort()).toEqual([
      'finance_reviewer',
      'staff',
    ]);
  });

  it('matches every demoPeople entry', async () => {
    for (const [key, demo] of Object.entries(demoPeople)) {
      const person = await findPersonByEmployeeNo(t.db, demo.employeeNo);
      expect(person, key).toMatchObject({
        name: demo.name,
        departmentName: demo.department,
        positionName: demo.position,
      });
      const roles = (await rolesOfPerson(t.db, person!.id)).map((r) => r.code);
      expect(roles, key).toEqual(expect.arrayContaining([...demo.roles]));
    }
  });

  it('exports the whole hospital and dry-runs it back without a problem', async () => {
    const admin = await signInAsSystemAdmin(t);
    const started = performance.now();
    const exported = await admin.get('/api/v1/org/export/people.xlsx');
    expect(exported.status).toBe(200);
    const report = await admin.request(
      'POST',
      '/api/v1/org/import/people?mode=dry-run',
      exported.body,
      {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
    expect(report.body).toMatchObject({ invalidRows: 0, problems: [] });
    expect(report.body.validRows).toBeGreaterThanOrEqual(1500);
    expect((performance.now() - started) / 1000).toBeLessThan(15);
    const tree = await admin.get('/api/v1/org/departments/tree');
    expect(tree.body[0]).toMatchObject({ name: '江州市第一人民医院', headName: '周建国' });
  });

  it('documents the org routes in the OpenAPI document', async () => {
    const response = await t.client().get('/api/docs/json');
    expect(response.status).toBe(200);
    const paths = Object.keys(response.body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/org/departments/tree',
        '/api/v1/org/people',
        '/api/v1/org/import/people',
      ]),
    );
  });

  it('loads the whole organisation at once for bulk readers', async () => {
    const snapshot = await organisationSnapshot(t.db);
    expect(snapshot.people.length).toBeGreaterThanOrEqual(1500);
    expect(snapshot.departments.length).toBeGreaterThanOrEqual(40);
    const finance = snapshot.roleMembers.filter((m) => m.roleCode === 'finance_reviewer');
    expect(finance.length).toBeGreaterThanOrEqual(3);
    const doctor = snapshot.people.find(
      (p) => p.employeeNo === demoPeople.cardiologyDoctor.employeeNo,
    );
    const department = snapshot.departments.find((d) => d.id === doctor?.departmentId);
    expect(department).toMatchObject({ code: 'C01', headPersonId: doctor?.superiorId });
  });
});
