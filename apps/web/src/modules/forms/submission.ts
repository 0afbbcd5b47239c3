import { isRecord, type FieldDefinition, type FormSchema, type Value } from '@yuanwu/form-engine';

/**
 * The values to send: formulas left out (the server computes them and refuses writes to
 * them), table rows without their formula columns, and, when `editable` is a list, only the
 * fields this person may write at this node (writing another one is `forbidden`).
 */
export function submittableValues(
  schema: FormSchema,
  values: Record<string, Value>,
  editable: 'all' | readonly string[] = 'all',
): Record<string, Value> {
  const result: Record<string, Value> = {};
  for (const field of schema.fields) {
    if (field.type === 'formula' || field.type === 'section') continue;
    if (editable !== 'all' && !editable.includes(field.key)) continue;
    const value = values[field.key];
    if (value === undefined) continue;
    result[field.key] = field.type === 'table' ? rowsWithoutFormulas(field.columns, value) : value;
  }
  return result;
}

function rowsWithoutFormulas(columns: readonly FieldDefinition[], rows: Value): Value {
  if (!Array.isArray(rows)) return rows;
  const computed = new Set(columns.filter((c) => c.type === 'formula').map((c) => c.key));
  return rows.map((row) =>
    isRecord(row)
      ? Object.fromEntries(Object.entries(row).filter(([key]) => !computed.has(key)))
      : row,
  );
}
