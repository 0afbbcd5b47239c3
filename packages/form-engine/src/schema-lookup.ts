import type { ErrorDetail } from '@yuanwu/kernel';
import type { BudgetColumn, FieldDefinition } from './field-definition.ts';

/** The field types that can hold each column a lookup copies: names are text, sums numbers. */
const accepts: Record<BudgetColumn, readonly FieldDefinition['type'][]> = {
  name: ['text', 'textarea'],
  total: ['number', 'money'],
  used: ['number', 'money'],
  remaining: ['number', 'money'],
};

/**
 * Lookups fill fields of the same level (the form, or the same table row): every target must
 * be one of those fields, not the lookup itself, not computed, and able to hold the column.
 */
export function checkLookups(
  fields: readonly FieldDefinition[],
  path: string,
  errors: ErrorDetail[],
): void {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  fields.forEach((field, index) => {
    if ((field.type !== 'text' && field.type !== 'textarea') || !field.lookup) return;
    const name = `“${field.label || field.key}”`;
    for (const [target, column] of Object.entries(field.lookup.fill)) {
      const at = `${path}[${index}].lookup.fill.${target}`;
      const found = byKey.get(target);
      if (!found || found.type === 'section') {
        errors.push({ path: at, message: `${name}的自动填充目标“${target}”不是表单中的字段` });
      } else if (found.key === field.key) {
        errors.push({ path: at, message: `${name}不能自动填充它自己` });
      } else if (!accepts[column].includes(found.type)) {
        errors.push({
          path: at,
          message: `${name}的自动填充目标“${found.label || target}”的类型不能接收该数据`,
        });
      }
    }
  });
}
