import type { DepartmentRow } from './departments.repository.ts';
import type { Sheet } from './excel.ts';
import { missingColumns, type ImportPlan, type ImportProblem } from './import.report.ts';
import type { Gender, PersonStatus } from './org.types.ts';
import type { PersonRow } from './people.repository.ts';
import { emailPattern, employeeNoPattern, isPhone, parseGender } from './people.rules.ts';
import { parseStatus, personColumns as col, splitList } from './transfer.columns.ts';

/** What the validator needs to know about the database. */
export interface PeopleLookups {
  departmentsByCode: Map<string, DepartmentRow>;
  departmentsByName: Map<string, DepartmentRow[]>;
  /** Live people by employee number: those in the file and the superiors it names. */
  peopleByNo: Map<string, PersonRow>;
}

/** A valid row, resolved. */
export interface PersonImportRow {
  row: number;
  employeeNo: string;
  name: string;
  gender: Gender;
  phone: string | null;
  email: string | null;
  department: DepartmentRow;
  positionName: string | null;
  superiorNo: string | null;
  extraDepartments: DepartmentRow[];
  /** Undefined keeps an existing person's status (new people start active). */
  status: PersonStatus | undefined;
  existing: PersonRow | null;
}

/** Validates every row of a people sheet against the database and the file itself. */
export function planPeopleImport(
  sheet: Sheet,
  lookups: PeopleLookups,
): ImportPlan<PersonImportRow> {
  const problems = missingColumns(sheet, [
    [col.employeeNo],
    [col.name],
    [col.departmentCode, col.departmentName],
  ]);
  if (problems.length > 0) return { totalRows: sheet.rows.length, valid: [], problems };

  const rowsByNo = new Map<string, number[]>();
  for (const { row, cells } of sheet.rows) {
    const no = cells.get(col.employeeNo);
    if (no) rowsByNo.set(no, [...(rowsByNo.get(no) ?? []), row]);
  }
  const candidates = new Map<number, PersonImportRow>();
  for (const { row, cells } of sheet.rows) {
    const report = (column: string, message: string) => problems.push({ row, column, message });
    const before = problems.length;
    const employeeNo = cells.get(col.employeeNo) ?? '';
    const name = cells.get(col.name) ?? '';
    const existing = lookups.peopleByNo.get(employeeNo) ?? null;
    if (!employeeNo) report(col.employeeNo, '工号不能为空');
    else if (!employeeNoPattern.test(employeeNo))
      report(col.employeeNo, '工号只能包含字母、数字和短横线，最多 32 位');
    else if ((rowsByNo.get(employeeNo)?.length ?? 0) > 1) {
      report(
        col.employeeNo,
        `工号 ${employeeNo} 在文件中重复（第 ${rowsByNo.get(employeeNo)?.join('、')} 行）`,
      );
    } else if (existing && name && existing.name !== name) {
      report(col.employeeNo, `工号 ${employeeNo} 已被系统中的“${existing.name}”使用`);
    }
    if (!name) report(col.name, '姓名不能为空');
    else if (name.length > 32) report(col.name, '姓名最多 32 个字');

    const gender = parseGender(cells.get(col.gender) ?? '');
    if (gender === null) report(col.gender, '性别只能填“男”“女”或“未知”');
    const phone = cells.get(col.phone) ?? null;
    if (phone && !isPhone(phone))
      report(col.phone, `手机号码“${phone}”格式不正确（手机 11 位或固话如 010-12345678）`);
    const email = cells.get(col.email) ?? null;
    if (email && !emailPattern.test(email)) report(col.email, `邮箱“${email}”格式不正确`);

    const department = resolveDepartment(cells, lookups, report);
    const extraDepartments = splitList(cells.get(col.extraDepartments)).flatMap((code) => {
      const found = lookups.departmentsByCode.get(code);
      if (!found) report(col.extraDepartments, `兼职科室编码 ${code} 不存在`);
      return found ? [found] : [];
    });
    const superiorNo = cells.get(col.superiorNo) ?? null;
    if (superiorNo && superiorNo === employeeNo) report(col.superiorNo, '直接上级不能是本人');
    else if (superiorNo && !rowsByNo.has(superiorNo) && !lookups.peopleByNo.has(superiorNo)) {
      report(col.superiorNo, `直接上级工号 ${superiorNo} 不存在`);
    }
    const status = parseStatus(cells.get(col.status));
    if (status === null) report(col.status, '状态只能填“在职”或“停用”');

    if (problems.length === before && department && gender) {
      const positionName = cells.get(col.position) ?? null;
      candidates.set(row, {
        row,
        employeeNo,
        name,
        gender,
        phone,
        email,
        department,
        positionName,
        superiorNo,
        extraDepartments,
        status: status ?? undefined,
        existing,
      });
    }
  }
  dropRowsWithBrokenSuperiors(candidates, rowsByNo, lookups, problems);
  problems.sort((a, b) => a.row - b.row);
  return { totalRows: sheet.rows.length, valid: [...candidates.values()], problems };
}

function resolveDepartment(
  cells: Map<string, string>,
  lookups: PeopleLookups,
  report: (column: string, message: string) => void,
): DepartmentRow | null {
  const code = cells.get(col.departmentCode);
  const name = cells.get(col.departmentName);
  if (code) {
    const found = lookups.departmentsByCode.get(code);
    if (!found) report(col.departmentCode, `科室编码 ${code} 不存在`);
    return found ?? null;
  }
  if (!name) {
    report(col.departmentCode, '科室编码和科室不能都为空');
    return null;
  }
  const matches = lookups.departmentsByName.get(name) ?? [];
  if (matches.length === 0) report(col.departmentName, `科室“${name}”不存在`);
  if (matches.length > 1)
    report(col.departmentName, `有 ${matches.length} 个科室叫“${name}”，请填写科室编码`);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** A row whose superior exists only in an invalid row of the file cannot be written either. */
function dropRowsWithBrokenSuperiors(
  candidates: Map<number, PersonImportRow>,
  rowsByNo: Map<string, number[]>,
  lookups: PeopleLookups,
  problems: ImportProblem[],
): void {
  const validNos = () => new Set([...candidates.values()].map((c) => c.employeeNo));
  for (let changed = true; changed;) {
    changed = false;
    const valid = validNos();
    for (const candidate of candidates.values()) {
      const superior = candidate.superiorNo;
      if (!superior || valid.has(superior) || lookups.peopleByNo.has(superior)) continue;
      problems.push({
        row: candidate.row,
        column: col.superiorNo,
        message: `直接上级工号 ${superior} 所在行（第 ${rowsByNo.get(superior)?.join('、')} 行）有错误`,
      });
      candidates.delete(candidate.row);
      changed = true;
    }
  }
}
