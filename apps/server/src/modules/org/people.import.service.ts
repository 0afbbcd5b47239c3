import type { ServiceContext } from '../../platform/service-context.ts';
import { findDepartmentsByCodes, findDepartmentsByNames } from './departments.repository.ts';
import { readSheet, type Sheet } from './excel.ts';
import { reportOf, shouldWrite, type ImportMode, type ImportReport } from './import.report.ts';
import { planPeopleImport, type PeopleLookups } from './people.import.ts';
import { writePeopleRows } from './people.import.write.ts';
import { findPeopleByEmployeeNos } from './people.repository.ts';
import { personColumns as col, splitList } from './transfer.columns.ts';

async function lookupsFor(ctx: ServiceContext, sheet: Sheet): Promise<PeopleLookups> {
  const values = (header: string) => [
    ...new Set(sheet.rows.map((r) => r.cells.get(header)).filter((v) => v !== undefined)),
  ];
  const codes = [
    ...values(col.departmentCode),
    ...sheet.rows.flatMap((r) => splitList(r.cells.get(col.extraDepartments))),
  ];
  const byCode = await findDepartmentsByCodes(ctx.trx, [...new Set(codes)]);
  const byName = await findDepartmentsByNames(ctx.trx, values(col.departmentName));
  const people = await findPeopleByEmployeeNos(ctx.trx, [
    ...new Set([...values(col.employeeNo), ...values(col.superiorNo)]),
  ]);
  const departmentsByName = new Map<string, typeof byName>();
  for (const row of byName)
    departmentsByName.set(row.name, [...(departmentsByName.get(row.name) ?? []), row]);
  return {
    departmentsByCode: new Map(byCode.map((row) => [row.code, row])),
    departmentsByName,
    peopleByNo: new Map(people.map((row) => [row.employee_no, row])),
  };
}

/**
 * Imports people from an .xlsx file (sheet 人员 or the first). Every problem
 * is reported by row and column; rows update existing people by employee
 * number, and only the columns present in the file are changed.
 */
export async function importPeople(
  ctx: ServiceContext,
  body: Buffer,
  mode: ImportMode,
): Promise<ImportReport> {
  const sheet = await readSheet(body, '人员');
  const plan = planPeopleImport(sheet, await lookupsFor(ctx, sheet));
  const write = shouldWrite(mode, plan);
  const result = write ? await writePeopleRows(ctx, plan.valid, sheet.headers) : null;
  const report = reportOf(mode, plan, write ? plan.valid.length : 0);
  await ctx.audit({
    action: 'org.people.import',
    targetType: 'person',
    summary: {
      mode,
      totalRows: report.totalRows,
      validRows: report.validRows,
      invalidRows: report.invalidRows,
      written: report.written,
      ...result,
    },
  });
  return report;
}
