import { newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { listCampuses } from './campuses.repository.ts';
import { planDepartmentImport, type DepartmentImportRow } from './departments.import.ts';
import {
  findDepartmentsByCodes,
  insertDepartments,
  listDepartments,
  rewriteSubtreePaths,
  updateDepartmentRow,
} from './departments.repository.ts';
import { inheritedKind } from './departments.tree.ts';
import { readSheet } from './excel.ts';
import {
  capped,
  reportOf,
  shouldWrite,
  type ImportMode,
  type ImportReport,
} from './import.report.ts';
import { changesOf } from './org.changes.ts';
import { findPeopleByEmployeeNos } from './people.repository.ts';
import { departmentNameReadings } from './pinyin.ts';
import { departmentColumns as col } from './transfer.columns.ts';

/** Imports departments from an .xlsx file (sheet 科室 or the first); rows update by code. */
export async function importDepartments(
  ctx: ServiceContext,
  body: Buffer,
  mode: ImportMode,
): Promise<ImportReport> {
  const sheet = await readSheet(body, '科室');
  const all = await listDepartments(ctx.trx);
  const heads = sheet.rows.map((r) => r.cells.get(col.headNo)).filter((v) => v !== undefined);
  const people = await findPeopleByEmployeeNos(ctx.trx, [...new Set(heads)]);
  const plan = planDepartmentImport(sheet, {
    departmentsByCode: new Map(all.map((d) => [d.code, d])),
    campuses: await listCampuses(ctx.trx),
    peopleByNo: new Map(people.map((p) => [p.employee_no, p])),
  });
  const write = shouldWrite(mode, plan);
  const result = write ? await writeDepartmentRows(ctx, plan.valid) : null;
  const report = reportOf(mode, plan, write ? plan.valid.length : 0);
  await ctx.audit({
    action: 'org.departments.import',
    targetType: 'department',
    summary: {
      mode,
      totalRows: report.totalRows,
      validRows: report.validRows,
      written: report.written,
      ...result,
    },
  });
  return report;
}

/** Parents before children, so every parent exists (with its final path) when a child is written. */
function parentsFirst(rows: DepartmentImportRow[]): DepartmentImportRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const depth = (row: DepartmentImportRow, guard = 0): number => {
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    return parent && guard < 1000 ? depth(parent, guard + 1) + 1 : 0;
  };
  return [...rows].sort((a, b) => depth(a) - depth(b) || a.row - b.row);
}

async function writeDepartmentRows(ctx: ServiceContext, rows: DepartmentImportRow[]) {
  const created: { code: string; name: string }[] = [];
  const updated: { code: string; changes: Record<string, unknown> }[] = [];
  for (const row of parentsFirst(rows)) {
    const [current] = await findDepartmentsByCodes(ctx.trx, [row.code]);
    const parentCode = row.parentCode;
    const [parent] = parentCode ? await findDepartmentsByCodes(ctx.trx, [parentCode]) : [];
    const readings = departmentNameReadings(row.name);
    if (!current) {
      const id = newId();
      await insertDepartments(ctx.trx, [
        {
          id,
          code: row.code,
          name: row.name,
          parent_id: parent?.id ?? null,
          campus_id: row.campusId ?? parent?.campus_id ?? null,
          kind: row.kind ?? inheritedKind(parent),
          head_person_id: row.headPersonId ?? null,
          path: `${parent?.path ?? '/'}${id}/`,
          sort: row.sort ?? 0,
          name_pinyin: readings.pinyin,
          name_initials: readings.initials,
          created_at: ctx.now,
          updated_at: ctx.now,
          deleted_at: null,
        },
      ]);
      created.push({ code: row.code, name: row.name });
      continue;
    }
    const patch = {
      name: row.name,
      parent_id: parentCode === undefined ? undefined : (parent?.id ?? null),
      kind: row.kind,
      campus_id: row.campusId,
      head_person_id: row.headPersonId,
      sort: row.sort,
    };
    const changes = changesOf(current, patch);
    if (Object.keys(changes).length === 0) continue;
    let path = current.path;
    if ('parent_id' in changes) {
      path = `${parent?.path ?? '/'}${current.id}/`;
      await rewriteSubtreePaths(ctx.trx, current.path, path);
    }
    await updateDepartmentRow(ctx.trx, current.id, {
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      path,
      updated_at: ctx.now,
    });
    updated.push({ code: row.code, changes });
  }
  return { created: capped(created), updated: capped(updated) };
}
