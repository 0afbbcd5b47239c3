import type { ErrorDetail } from '@yuanwu/kernel';
import { Exact } from './arithmetic.ts';
import { isDate, parseDateTime } from './dates.ts';
import type {
  FieldDefinition,
  FormulaField,
  SectionField,
  TableField,
} from './field-definition.ts';
import { compilePattern } from './patterns.ts';
import type { Value } from './value.ts';

/** Fields that hold one value (or a flat list of ids or options): not rows, formulas or sections. */
export type ScalarField = Exclude<FieldDefinition, TableField | FormulaField | SectionField>;

/** Who exists, for person and department fields; absent callbacks accept any id. */
export interface PartyLookup {
  isKnownPerson?: (id: string) => boolean;
  isKnownDepartment?: (id: string) => boolean;
}

/** Problems with one present, non-empty value; `name` is the quoted label used in messages. */
export function checkScalarValue(
  field: ScalarField,
  value: Value,
  path: string,
  name: string,
  lookup: PartyLookup,
): ErrorDetail[] {
  const problem = (message: string | null): ErrorDetail[] => (message ? [{ path, message }] : []);
  switch (field.type) {
    case 'text':
    case 'textarea':
      return problem(textProblem(field, value, name));
    case 'number':
    case 'money':
      return problem(numberProblem(field, value, name));
    case 'date':
      return problem(
        typeof value === 'string' && isDate(value) ? null : `${name}应为有效日期（YYYY-MM-DD）`,
      );
    case 'datetime':
      return problem(
        typeof value === 'string' && parseDateTime(value) !== null
          ? null
          : `${name}应为带时区的日期时间（ISO 8601）`,
      );
    case 'select':
      if (typeof value !== 'string') return problem(`${name}应为一个选项`);
      return problem(field.options.includes(value) ? null : `“${value}”不是${name}的可选项`);
    case 'multiselect':
      return listProblems(value, path, name, '选项', (item) =>
        field.options.includes(item) ? null : `“${item}”不是${name}的可选项`,
      );
    case 'person':
    case 'department':
      return partyProblems(field, value, path, name, lookup);
    case 'attachment': {
      const errors = listProblems(value, path, name, '附件', () => null);
      if (errors.length === 0 && field.maxFiles !== undefined && Array.isArray(value)) {
        if (value.length > field.maxFiles)
          errors.push({ path, message: `${name}最多 ${field.maxFiles} 个附件` });
      }
      return errors;
    }
  }
}

function textProblem(
  field: ScalarField & { type: 'text' | 'textarea' },
  value: Value,
  name: string,
): string | null {
  if (typeof value !== 'string') return `${name}应为文本`;
  if (field.maxLength !== undefined && [...value].length > field.maxLength) {
    return `${name}不能超过 ${field.maxLength} 个字符`;
  }
  const pattern = field.pattern === undefined ? null : compilePattern(field.pattern);
  if (pattern && !pattern.test(value)) return `${name}的格式不正确`;
  return null;
}

function numberProblem(
  field: ScalarField & { type: 'number' | 'money' },
  value: Value,
  name: string,
): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name}应为数字`;
  if (field.type === 'money' && new Exact(value).decimalPlaces() > 2)
    return `${name}最多保留两位小数`;
  if (field.min !== undefined && value < field.min) return `${name}不能小于 ${field.min}`;
  if (field.max !== undefined && value > field.max) return `${name}不能大于 ${field.max}`;
  return null;
}

/** A list of distinct strings, each checked by `itemProblem`; errors name the item's index. */
function listProblems(
  value: Value,
  path: string,
  name: string,
  noun: string,
  itemProblem: (item: string) => string | null,
): ErrorDetail[] {
  if (!Array.isArray(value)) return [{ path, message: `${name}应为${noun}列表` }];
  const seen = new Set<string>();
  const errors: ErrorDetail[] = [];
  value.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (typeof item !== 'string' || item === '') {
      errors.push({ path: itemPath, message: `${name}的第 ${index + 1} 项应为${noun}` });
    } else if (seen.has(item)) {
      errors.push({ path: itemPath, message: `${name}重复选择了“${item}”` });
    } else {
      seen.add(item);
      const message = itemProblem(item);
      if (message) errors.push({ path: itemPath, message });
    }
  });
  return errors;
}

function partyProblems(
  field: ScalarField & { type: 'person' | 'department' },
  value: Value,
  path: string,
  name: string,
  lookup: PartyLookup,
): ErrorDetail[] {
  const noun = field.type === 'person' ? '人员' : '部门';
  const isKnown = field.type === 'person' ? lookup.isKnownPerson : lookup.isKnownDepartment;
  const unknown = (id: string): string | null =>
    !isKnown || isKnown(id) ? null : `${name}中的${noun}“${id}”不存在`;
  if (field.multiple) return listProblems(value, path, name, noun, unknown);
  if (typeof value !== 'string') return [{ path, message: `${name}应为一个${noun}` }];
  const message = unknown(value);
  return message ? [{ path, message }] : [];
}
