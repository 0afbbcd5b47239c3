import type { FieldDefinition } from '@yuanwu/form-engine';
import { spanOf } from '../model/palette.ts';

/** One printed row: fields side by side (spans adding up to 4), or one full-width block. */
export type PrintRow =
  | { kind: 'fields'; cells: { field: FieldDefinition; span: number }[] }
  | { kind: 'section'; field: FieldDefinition }
  | { kind: 'table'; field: FieldDefinition };

/**
 * Lays the form out like the paper form: fields fill rows of four spans in order; a field
 * that does not fit starts a new row, and the last field of a row widens to close it.
 */
export function printRows(fields: readonly FieldDefinition[]): PrintRow[] {
  const rows: PrintRow[] = [];
  let current: { field: FieldDefinition; span: number }[] = [];
  let used = 0;
  const close = () => {
    const last = current.at(-1);
    if (last) last.span += 4 - used;
    if (current.length > 0) rows.push({ kind: 'fields', cells: current });
    current = [];
    used = 0;
  };
  for (const field of fields) {
    if (field.type === 'section' || field.type === 'table') {
      close();
      rows.push({ kind: field.type, field });
      continue;
    }
    const span = Math.min(4, spanOf(field));
    if (used + span > 4) close();
    current.push({ field, span });
    used += span;
  }
  close();
  return rows;
}
