import type { ErrorDetail } from '@yuanwu/kernel';
import {
  holdsValue,
  type FieldDefinition,
  type FormSchema,
  type TableField,
} from './field-definition.ts';
import { planFormulas } from './formula-order.ts';
import { parseCached } from './parse-cache.ts';
import { findUnknownReference, referencedFields, type KnownFields } from './references.ts';

/** What the form's top level offers: its keys, and a table's columns as members. */
function topLevelFields(fields: readonly FieldDefinition[]): KnownFields {
  const byKey = new Map(fields.filter(holdsValue).map((field) => [field.key, field]));
  return {
    has: (key) => byKey.has(key),
    membersOf: (key) => {
      const field = byKey.get(key);
      if (field === undefined) return undefined;
      return field.type === 'table' ? new Set(field.columns.map((column) => column.key)) : null;
    },
  };
}

/** Inside a row, a column's own name comes first, then the form's fields. */
function rowFields(table: TableField, outer: KnownFields): KnownFields {
  const columns = new Set(table.columns.map((column) => column.key));
  return {
    has: (key) => columns.has(key) || outer.has(key),
    membersOf: (key) => (columns.has(key) ? null : outer.membersOf?.(key)),
  };
}

/** Formulas and default expressions, at the top level and in table columns. */
export function checkSchemaExpressions(schema: FormSchema): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const top = topLevelFields(schema.fields);
  const topFormulas = new Set(schema.fields.filter((f) => f.type === 'formula').map((f) => f.key));
  checkLevel(schema.fields, 'fields', top, errors);
  schema.fields.forEach((field, index) => {
    if (field.type !== 'table') return;
    const at = `fields[${index}].columns`;
    checkLevel(field.columns, at, rowFields(field, top), errors);
    // Row formulas run before the form's formulas, so they may not read those.
    field.columns.forEach((column, columnIndex) => {
      if (column.type !== 'formula') return;
      const parsed = parseCached(column.formula);
      const outer = parsed.ok
        ? referencedFields(parsed.expression).filter((key) => topFormulas.has(key))
        : [];
      const own = new Set(field.columns.map((c) => c.key));
      const read = outer.find((key) => !own.has(key));
      if (read !== undefined) {
        const message = `明细表的公式不能引用表外的公式字段“${read}”`;
        errors.push({ path: `${at}[${columnIndex}].formula`, message });
      }
    });
  });
  return errors;
}

function checkLevel(
  fields: readonly FieldDefinition[],
  path: string,
  known: KnownFields,
  errors: ErrorDetail[],
): void {
  const indexOf = new Map(fields.map((field, index) => [field.key, index]));
  fields.forEach((field, index) => {
    if (field.type === 'formula')
      checkSource(field.formula, `${path}[${index}].formula`, known, errors);
    if (field.default && 'expr' in field.default) {
      checkSource(field.default.expr, `${path}[${index}].default.expr`, known, errors);
    }
  });
  const { cycle } = planFormulas(fields);
  if (cycle && cycle[0] !== undefined) {
    const message = `公式之间存在循环引用：${cycle.join(' → ')}`;
    errors.push({ path: `${path}[${indexOf.get(cycle[0]) ?? 0}].formula`, message });
  }
}

function checkSource(
  source: string,
  path: string,
  known: KnownFields,
  errors: ErrorDetail[],
): void {
  const parsed = parseCached(source);
  if (!parsed.ok) {
    errors.push({ path, message: parsed.error.message });
    return;
  }
  const unknown = findUnknownReference(parsed.expression, known);
  if (unknown) errors.push({ path, message: unknown.message });
}
