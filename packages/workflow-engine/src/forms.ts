import type { Value } from '@yuanwu/form-engine';
import {
  applyDefaults,
  computeFormulas,
  validateFormValues,
  type FormSchema,
} from '@yuanwu/form-engine';
import { AppError, type ErrorDetail } from '@yuanwu/kernel';
import type { FieldPermission } from './definition.ts';
import { refuse, type Tx } from './tx.ts';

export type FormValues = Record<string, Value>;

/**
 * Writes form values: checks which keys may be written (a formula field or a field not
 * editable here → `forbidden`, which wins over `validation`), fills defaults for absent
 * fields, validates everything and recomputes formulas. Returns the new values.
 */
export function writeForm(
  tx: Tx,
  current: FormValues,
  writes: FormValues | undefined,
  options: {
    requireRequired: boolean;
    /** Creation fills absent fields that have a default; an approver's write does not. */
    fillDefaults: boolean;
    permissions?: Record<string, FieldPermission>;
  },
): FormValues {
  const schema = tx.definition.form;
  const fields = new Map(schema.fields.map((field) => [field.key, field]));
  const unknown: ErrorDetail[] = [];
  for (const key of Object.keys(writes ?? {})) {
    const field = fields.get(key);
    if (field === undefined) unknown.push({ path: key, message: `表单没有字段 ${key}` });
    else if (field.type === 'formula') refuse('forbidden', `字段 ${key} 由公式计算，不能填写`);
    else if (options.permissions && (options.permissions[key] ?? 'readonly') !== 'editable') {
      refuse('forbidden', `当前节点不能修改字段 ${key}`);
    }
  }
  if (unknown.length > 0) throw new AppError('validation', '表单包含未知字段', unknown);
  const scope = { initiator: tx.state.initiator, now: tx.now, timeZone: timeZone(tx) };
  const merged = withoutFormulas(schema, { ...current, ...(writes ?? {}) });
  const filled = options.fillDefaults ? applyDefaults(schema, merged, scope) : merged;
  const org = tx.env.org;
  const problems = validateFormValues(schema, withoutFormulas(schema, filled), {
    requireRequired: options.requireRequired,
    isKnownPerson: (id) => org.personExists(id),
    isKnownDepartment: (id) => org.isKnownDepartment(id),
  });
  if (problems.length > 0) throw new AppError('validation', '表单填写不正确', problems);
  return computeFormulas(schema, withoutFormulas(schema, filled), scope);
}

function withoutFormulas(schema: FormSchema, values: FormValues): FormValues {
  const formulas = new Set(schema.fields.filter((f) => f.type === 'formula').map((f) => f.key));
  return Object.fromEntries(Object.entries(values).filter(([key]) => !formulas.has(key)));
}

function timeZone(tx: Tx): string {
  return tx.env.timeZone ?? 'Asia/Shanghai';
}
