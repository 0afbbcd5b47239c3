import type { ServiceContext } from '../../platform/service-context.ts';
import { listCampuses } from './campuses.repository.ts';
import { listDepartments } from './departments.repository.ts';
import { addSheet, newWorkbook, workbookBytes } from './excel.ts';
import { peopleScopeOf } from './org.scope.ts';
import { listPeopleRows } from './people.list.repository.ts';
import { extraDepartmentsOf, findPeopleRows } from './people.repository.ts';
import { genderLabels } from './people.rules.ts';
import { departmentSheet, kindLabels, personSheet, statusLabels } from './transfer.columns.ts';

/** Every person the actor's `org.import` scope reaches, in the import layout (so it round-trips). */
export async function exportPeople(ctx: ServiceContext): Promise<Buffer> {
  const scope = await peopleScopeOf(ctx, 'org.import');
  const { rows } = await listPeopleRows(ctx.trx, {
    match: null,
    department: null,
    status: null,
    roleId: null,
    scope,
    sort: 'department',
    page: 1,
    pageSize: 1_000_000,
  });
  const extras = await extraDepartmentsOf(
    ctx.trx,
    rows.map((r) => r.id),
  );
  const workbook = newWorkbook();
  addSheet(
    workbook,
    '人员',
    personSheet,
    rows.map((r) => [
      r.employee_no,
      r.name,
      genderLabels[r.gender],
      r.phone,
      r.email,
      r.department_code,
      r.department_name,
      r.position_name,
      r.superior_employee_no,
      (extras.get(r.id) ?? []).map((d) => d.code).join(','),
      statusLabels[r.status],
    ]),
  );
  await ctx.audit({
    action: 'org.people.export',
    targetType: 'person',
    summary: { rows: rows.length },
  });
  return workbookBytes(workbook);
}

/** Every live department in the import layout, parents before children. */
export async function exportDepartments(ctx: ServiceContext): Promise<Buffer> {
  const departments = await listDepartments(ctx.trx);
  const byId = new Map(departments.map((d) => [d.id, d]));
  const campuses = new Map((await listCampuses(ctx.trx)).map((c) => [c.id, c]));
  const headIds = departments.map((d) => d.head_person_id).filter((id) => id !== null);
  const heads = new Map((await findPeopleRows(ctx.trx, headIds)).map((p) => [p.id, p]));
  const ordered = [...departments].sort(
    (a, b) =>
      a.path.split('/').length - b.path.split('/').length ||
      a.sort - b.sort ||
      a.code.localeCompare(b.code),
  );
  const workbook = newWorkbook();
  addSheet(
    workbook,
    '科室',
    departmentSheet,
    ordered.map((d) => [
      d.code,
      d.name,
      d.parent_id ? (byId.get(d.parent_id)?.code ?? null) : null,
      kindLabels[d.kind],
      d.campus_id ? (campuses.get(d.campus_id)?.name ?? null) : null,
      d.head_person_id ? (heads.get(d.head_person_id)?.employee_no ?? null) : null,
      d.sort,
    ]),
  );
  await ctx.audit({
    action: 'org.departments.export',
    targetType: 'department',
    summary: { rows: ordered.length },
  });
  return workbookBytes(workbook);
}

/** The empty people sheet, with the rules and the department codes to copy from. */
export async function peopleTemplate(ctx: ServiceContext): Promise<Buffer> {
  const workbook = newWorkbook();
  addSheet(workbook, '人员', personSheet, []);
  addSheet(
    workbook,
    '填写说明',
    [
      { header: '列', width: 16 },
      { header: '说明', width: 80 },
    ],
    personSheet.map((c) => [c.header, c.note ?? '']),
  );
  const departments = await listDepartments(ctx.trx);
  addSheet(
    workbook,
    '科室编码',
    [
      { header: '科室编码', width: 12, text: true },
      { header: '科室', width: 24 },
    ],
    departments.map((d) => [d.code, d.name]),
  );
  return workbookBytes(workbook);
}

/** The empty departments sheet, with the rules and the campuses. */
export async function departmentsTemplate(ctx: ServiceContext): Promise<Buffer> {
  const workbook = newWorkbook();
  addSheet(workbook, '科室', departmentSheet, []);
  addSheet(
    workbook,
    '填写说明',
    [
      { header: '列', width: 16 },
      { header: '说明', width: 80 },
    ],
    departmentSheet.map((c) => [c.header, c.note ?? '']),
  );
  const campuses = await listCampuses(ctx.trx);
  addSheet(
    workbook,
    '院区',
    [
      { header: '院区编码', width: 12, text: true },
      { header: '院区', width: 20 },
    ],
    campuses.map((c) => [c.code, c.name]),
  );
  return workbookBytes(workbook);
}
