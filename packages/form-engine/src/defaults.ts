import { evaluate } from './evaluate.ts';
import type { FieldDefault, FieldDefinition, FormSchema } from './field-definition.ts';
import { parseCached } from './parse-cache.ts';
import type { ScopeWithoutFields } from './scope.ts';
import { isRecord, type Value } from './value.ts';

/**
 * Fills every ABSENT field that has a default (a key that is missing or undefined; an explicit
 * null or "" is the user's choice and stays). Runs in schema order, so an expression default
 * sees the values given and the defaults filled before it. Rows of a table get their columns'
 * defaults too. Returns a new object; `values` is not changed.
 */
export function applyDefaults(
  schema: FormSchema,
  values: Record<string, Value>,
  scope: ScopeWithoutFields,
): Record<string, Value> {
  const result = fillRecord(schema.fields, values, {}, scope);
  for (const field of schema.fields) {
    const rows = result[field.key];
    if (field.type !== 'table' || !Array.isArray(rows)) continue;
    result[field.key] = rows.map((row) =>
      isRecord(row) ? fillRecord(field.columns, row, result, scope) : row,
    );
  }
  return result;
}

function fillRecord(
  fields: readonly FieldDefinition[],
  record: Record<string, Value>,
  outer: Record<string, Value>,
  scope: ScopeWithoutFields,
): Record<string, Value> {
  const result = { ...record };
  for (const field of fields) {
    if (field.type === 'formula' || field.type === 'section' || !field.default) continue;
    if (Object.hasOwn(result, field.key) && result[field.key] !== undefined) continue;
    const value = defaultValue(field.default, { ...scope, fields: { ...outer, ...result } });
    if (value !== null) result[field.key] = value;
  }
  return result;
}

function defaultValue(definition: FieldDefault, scope: Parameters<typeof evaluate>[1]): Value {
  if ('value' in definition) return structuredClone(definition.value);
  const parsed = parseCached(definition.expr);
  return parsed.ok ? evaluate(parsed.expression, scope) : null;
}
