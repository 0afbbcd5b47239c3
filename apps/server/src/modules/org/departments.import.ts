import type { CampusRow } from './campuses.repository.ts';
import type { DepartmentRow } from './departments.repository.ts';
import type { Sheet } from './excel.ts';
import { missingColumns, type ImportPlan, type ImportProblem } from './import.report.ts';
import type { DepartmentKind } from './org.types.ts';
import type { PersonRow } from './people.repository.ts';
import { departmentColumns as col, parseKind } from './transfer.columns.ts';

/** What the validator needs to know about the database. */
export interface DepartmentLookups {
  /** Every live department (the table is small), by code. */
  departmentsByCode: Map<string, DepartmentRow>;
  campuses: CampusRow[];
  /** Live people named as heads, by employee number. */
  peopleByNo: Map<string, PersonRow>;
}

/** A valid department row, resolved; undefined fields are absent columns (kept as they are). */
export interface DepartmentImportRow {
  row: number;
  code: string;
  name: string;
  parentCode: string | null | undefined;
  kind: DepartmentKind | undefined;
  campusId: string | null | undefined;
  headPersonId: string | null | undefined;
  sort: number | undefined;
  existing: DepartmentRow | null;
}

/** Validates a departments sheet: codes, parents (in the file or the database), no cycles. */
export function planDepartmentImport(
  sheet: Sheet,
  lookups: DepartmentLookups,
): ImportPlan<DepartmentImportRow> {
  const problems: ImportProblem[] = missingColumns(sheet, [[col.code], [col.name]]);
  if (problems.length > 0) return { totalRows: sheet.rows.length, valid: [], problems };
  const has = (header: string) => sheet.headers.has(header);
  const rowsByCode = new Map<string, number[]>();
  for (const { row, cells } of sheet.rows) {
    const code = cells.get(col.code);
    if (code) rowsByCode.set(code, [...(rowsByCode.get(code) ?? []), row]);
  }
  const byId = new Map([...lookups.departmentsByCode.values()].map((d) => [d.id, d]));
  const candidates = new Map<string, DepartmentImportRow>();
  for (const { row, cells } of sheet.rows) {
    const report = (column: string, message: string) => problems.push({ row, column, message });
    const before = problems.length;
    const code = cells.get(col.code) ?? '';
    const name = cells.get(col.name) ?? '';
    if (!code) report(col.code, '科室编码不能为空');
    else if (code.length > 32) report(col.code, '科室编码最多 32 个字符');
    else if ((rowsByCode.get(code)?.length ?? 0) > 1) {
      report(
        col.code,
        `科室编码 ${code} 在文件中重复（第 ${rowsByCode.get(code)?.join('、')} 行）`,
      );
    }
    if (!name) report(col.name, '科室名称不能为空');
    else if (name.length > 64) report(col.name, '科室名称最多 64 个字');
    const parentCode = has(col.parentCode) ? (cells.get(col.parentCode) ?? null) : undefined;
    if (parentCode && parentCode === code) report(col.parentCode, '上级科室不能是本科室');
    else if (
      parentCode &&
      !rowsByCode.has(parentCode) &&
      !lookups.departmentsByCode.has(parentCode)
    ) {
      report(col.parentCode, `上级科室编码 ${parentCode} 不存在`);
    }
    const kind = parseKind(cells.get(col.kind));
    if (kind === null) report(col.kind, '类型只能填 医院、临床、医技、护理、行政、后勤 或 其他');
    const campusText = cells.get(col.campus);
    const campus = campusText
      ? lookups.campuses.find((c) => c.name === campusText || c.code === campusText)
      : null;
    if (campusText && !campus) report(col.campus, `院区“${campusText}”不存在`);
    const headNo = cells.get(col.headNo);
    const head = headNo ? lookups.peopleByNo.get(headNo) : null;
    if (headNo && !head) report(col.headNo, `负责人工号 ${headNo} 不存在`);
    const sortText = cells.get(col.sort);
    if (sortText && !/^\d{1,7}$/.test(sortText)) report(col.sort, '排序须为非负整数');
    if (problems.length > before) continue;
    candidates.set(code, {
      row,
      code,
      name,
      parentCode,
      kind: kind ?? undefined,
      campusId: has(col.campus) ? (campus?.id ?? null) : undefined,
      headPersonId: has(col.headNo) ? (head?.id ?? null) : undefined,
      sort: sortText ? Number(sortText) : undefined,
      existing: lookups.departmentsByCode.get(code) ?? null,
    });
  }

  /** The parent code a department ends up with: the file's, else the database's. */
  const parentOf = (code: string): string | null => {
    const inFile = candidates.get(code);
    if (inFile && inFile.parentCode !== undefined) return inFile.parentCode;
    const parentId = lookups.departmentsByCode.get(code)?.parent_id;
    return parentId ? (byId.get(parentId)?.code ?? null) : null;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const candidate of candidates.values()) {
      const message = brokenAncestry(candidate.code, parentOf, candidates, lookups, rowsByCode);
      if (!message) continue;
      problems.push({ row: candidate.row, column: col.parentCode, message });
      candidates.delete(candidate.code);
      changed = true;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { totalRows: sheet.rows.length, valid: [...candidates.values()], problems };
}

/** Why a department's chain of parents cannot be written, or null when it can. */
function brokenAncestry(
  code: string,
  parentOf: (code: string) => string | null,
  candidates: Map<string, DepartmentImportRow>,
  lookups: DepartmentLookups,
  rowsByCode: Map<string, number[]>,
): string | null {
  const seen = new Set([code]);
  for (let current = parentOf(code); current !== null; current = parentOf(current)) {
    if (seen.has(current)) return `上级科室形成循环（经过 ${current}）`;
    seen.add(current);
    if (!candidates.has(current) && !lookups.departmentsByCode.has(current)) {
      return `上级科室编码 ${current} 所在行（第 ${rowsByCode.get(current)?.join('、') ?? '?'} 行）有错误`;
    }
  }
  return null;
}
