import type { FieldDefinition } from '@yuanwu/form-engine';
import { KeyAllocator } from './field-keys.ts';
import { cleanLabel, guessFieldType } from './guess-type.ts';
import type { Block, SheetGrid } from './sheet-grid.ts';

/** What the designer is offered: a title, the fields in order, and what was left aside. */
export interface LayoutProposal {
  title: string | null;
  fields: FieldDefinition[];
  notes: string[];
}

// Value cells that hold only a printed hint ("  年  月  日") are blanks to fill in.
const blankHint = /^[\s年月日时分_＿/.\-至]*$/;
const checkbox = /[□☐]\s*([^□☐\s]+)/g;

const isBlank = (block: Block): boolean => blankHint.test(block.text);

/** Spans in the form's 4-column grid, from how much of the sheet's width the field took. */
function spanOf(columns: number, sheetWidth: number): number {
  return Math.min(4, Math.max(1, Math.round((columns / Math.max(sheetWidth, 1)) * 4)));
}

function isTableHeader(row: Block[], next: Block[] | undefined): boolean {
  const filled = row.filter((block) => !isBlank(block));
  return (
    filled.length >= 3 &&
    filled.length === row.length &&
    next !== undefined &&
    next.length >= 3 &&
    next.every(isBlank)
  );
}

/**
 * Proposes a form from a paper-form-like sheet: a wide lone cell at the top is the title,
 * later ones are section headings; a label cell followed by empty cells is a field (its type
 * guessed from the label, its span from the width); a row of headings over empty rows is a
 * 明细表. Tall or checkbox value cells become long texts or selects.
 */
export function proposeLayout(grid: SheetGrid): LayoutProposal {
  const keys = new KeyAllocator();
  const fields: FieldDefinition[] = [];
  const notes: string[] = [];
  let title: string | null = null;
  for (let index = 0; index < grid.rows.length; index += 1) {
    const row = grid.rows[index] ?? [];
    const filled = row.filter((block) => !isBlank(block));
    if (filled.length === 0) continue;
    if (filled.length === 1) {
      const only = filled[0] as Block;
      const wide = only.width * 2 > grid.width || row.length === 1;
      if (title === null && fields.length === 0) {
        title = only.text.replace(/\s+/g, '');
        continue;
      }
      // A heading right above a table becomes the table's label (below).
      if (wide) {
        const { label } = cleanLabel(only.text);
        fields.push({ key: keys.next(label), label, type: 'section', span: 4 });
        continue;
      }
    }
    if (isTableHeader(row, grid.rows[index + 1])) {
      const previous = fields.at(-1);
      // A heading right above the table names it.
      const named = previous?.type === 'section' ? (fields.pop() as FieldDefinition) : null;
      const label = named?.label ?? `明细${fields.filter((f) => f.type === 'table').length + 1}`;
      const columnKeys = new KeyAllocator();
      const columns = row.map((block): FieldDefinition => {
        const cleaned = cleanLabel(block.text);
        const type = guessFieldType(cleaned.label);
        return { key: columnKeys.next(cleaned.label), label: cleaned.label, type };
      });
      fields.push({ key: named?.key ?? keys.next(label), label, type: 'table', columns, span: 4 });
      while (index + 1 < grid.rows.length && (grid.rows[index + 1] ?? []).every(isBlank)) {
        index += 1;
      }
      continue;
    }
    fields.push(...rowFields(row, grid.width, keys, notes, index + 1));
  }
  return { title, fields, notes };
}

function rowFields(
  row: Block[],
  sheetWidth: number,
  keys: KeyAllocator,
  notes: string[],
  rowNumber: number,
): FieldDefinition[] {
  const found: FieldDefinition[] = [];
  for (let i = 0; i < row.length; i += 1) {
    const labelBlock = row[i] as Block;
    if (isBlank(labelBlock)) continue;
    const values: Block[] = [];
    while (i + 1 < row.length && isBlank(row[i + 1] as Block)) values.push(row[(i += 1)] as Block);
    // A value cell with printed choices (□事假 □病假) right after the label.
    const next = row[i + 1];
    const choices = next ? [...next.text.matchAll(checkbox)].map((match) => match[1] ?? '') : [];
    if (values.length === 0 && choices.length >= 2 && next) {
      values.push(next);
      i += 1;
    }
    const { label, required } = cleanLabel(labelBlock.text);
    if (label === '') continue;
    const columns = labelBlock.width + values.reduce((sum, block) => sum + block.width, 0);
    const base = {
      key: keys.next(label),
      label,
      span: spanOf(columns, sheetWidth),
      ...(required ? { required } : {}),
    };
    if (values.length === 0) notes.push(`第 ${rowNumber} 行“${label}”后面没有填写格，仍作为字段`);
    if (choices.length >= 2) {
      found.push({ ...base, type: 'select', options: [...new Set(choices)] });
    } else if (values.some((block) => block.height > 1)) {
      found.push({ ...base, type: 'textarea' });
    } else {
      found.push({ ...base, type: guessFieldType(label) });
    }
  }
  return found;
}
