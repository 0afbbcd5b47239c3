import type { Worksheet } from 'exceljs';

/** One visible cell of a row: a merged range counts once, at its top-left cell. */
export interface Block {
  col: number;
  /** Columns covered (1 for a plain cell). */
  width: number;
  /** Rows covered (more than 1 for a tall merged cell, e.g. room for a long answer). */
  height: number;
  text: string;
}

/** The sheet as rows of blocks, and its width in columns. */
export interface SheetGrid {
  width: number;
  rows: Block[][];
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const maxRows = 200;
const maxCols = 40;

function parseRange(range: string): Range | null {
  const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!match) return null;
  const column = (letters: string) =>
    [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  const [, l, t, r, b] = match as unknown as [string, string, string, string, string];
  return { top: Number(t), left: column(l), bottom: Number(b), right: column(r) };
}

function cellText(sheet: Worksheet, row: number, col: number): string {
  const cell = sheet.getCell(row, col);
  // Cells under a merge read through to their master; they are read once, at the master.
  if (cell.isMerged && cell.master !== cell) return '';
  const value = cell.value;
  if (value === null || value === undefined) return '';
  return cell.text.trim();
}

/**
 * Reads a paper-form-like sheet: each row's blocks left to right, merged ranges as one block
 * with their width. Cells hidden under a merge started on an earlier row are left out, so a
 * tall answer box shows once.
 */
export function readGrid(sheet: Worksheet): SheetGrid {
  const merges = ((sheet.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((range): range is Range => range !== null);
  const mergeAt = new Map<string, Range>();
  const covered = new Set<string>();
  for (const range of merges) {
    mergeAt.set(`${range.top}:${range.left}`, range);
    for (let r = range.top; r <= range.bottom; r += 1)
      for (let c = range.left; c <= range.right; c += 1)
        if (r !== range.top || c !== range.left) covered.add(`${r}:${c}`);
  }
  const lastRow = Math.min(sheet.rowCount, maxRows);
  let width = Math.max(0, ...merges.map((range) => range.right));
  for (let r = 1; r <= lastRow; r += 1)
    for (let c = 1; c <= Math.min(sheet.columnCount, maxCols); c += 1)
      if (cellText(sheet, r, c) !== '') width = Math.max(width, c);
  width = Math.min(width, maxCols);
  const rows: Block[][] = [];
  for (let r = 1; r <= lastRow; r += 1) {
    const blocks: Block[] = [];
    for (let c = 1; c <= width; c += 1) {
      if (covered.has(`${r}:${c}`)) continue;
      const range = mergeAt.get(`${r}:${c}`);
      const blockWidth = range ? Math.min(range.right, width) - c + 1 : 1;
      const height = range ? range.bottom - range.top + 1 : 1;
      blocks.push({ col: c, width: blockWidth, height, text: cellText(sheet, r, c) });
    }
    rows.push(blocks);
  }
  return { width, rows };
}
