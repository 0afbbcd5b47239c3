import { evaluate } from './evaluate.ts';
import type { FieldDefinition, FormSchema } from './field-definition.ts';
import { planFormulas } from './formula-order.ts';
import type { ScopeWithoutFields } from './scope.ts';
import { isRecord, type Value } from './value.ts';

/**
 * Sets every formula field from the current values: first the formula columns of each table
 * row (a row's columns shadow the form's fields), then the form's formulas, each after the
 * formulas it reads. A formula that cannot be computed is null. Returns a new object.
 */
export function computeFormulas(
  schema: FormSchema,
  values: Record<string, Value>,
  scope: ScopeWithoutFields,
): Record<string, Value> {
  const result: Record<string, Value> = { ...values };
  for (const field of schema.fields) {
    const rows = result[field.key];
    if (field.type !== 'table' || !Array.isArray(rows)) continue;
    if (!field.columns.some((column) => column.type === 'formula')) continue;
    result[field.key] = rows.map((row) =>
      isRecord(row) ? computeLevel(field.columns, row, result, scope) : row,
    );
  }
  return computeLevel(schema.fields, result, {}, scope);
}

function computeLevel(
  fields: readonly FieldDefinition[],
  record: Record<string, Value>,
  outer: Record<string, Value>,
  scope: ScopeWithoutFields,
): Record<string, Value> {
  const result = { ...record };
  for (const { field, expression } of planFormulas(fields).order) {
    // Rows see the form's fields too; the form's own level needs no merge.
    const visible = Object.keys(outer).length === 0 ? result : { ...outer, ...result };
    result[field.key] = expression ? evaluate(expression, { ...scope, fields: visible }) : null;
  }
  return result;
}
