import ExcelJS from 'exceljs';
import { fail } from '@yuanwu/kernel';

/** A data row of a sheet: its row number in Excel and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

/** A sheet as the importers read it. */
export interface Sheet {
  headers: Set<string>;
  rows: SheetRow[];
}

/** Headers may carry a required-marker ("工号*") or stray spaces. */
function headerName(text: string): string {
  return text.replace(/[*＊\s]/g, '');
}

/**
 * Reads the named sheet (or the first) of an .xlsx file: row 1 holds the
 * headers, later rows the data; entirely blank rows are skipped.
 */
export async function readSheet(body: Buffer, preferredName: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it a copy of exactly these bytes.
    await workbook.xlsx.load(new Uint8Array(body).buffer);
  } catch {
    throw fail.validation('不是有效的 Excel (.xlsx) 文件');
  }
  const sheet = workbook.getWorksheet(preferredName) ?? workbook.worksheets[0];
  if (!sheet) throw fail.validation('Excel 文件中没有工作表');
  const columns = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, column) => {
    const name = headerName(cell.text);
    if (name) columns.set(column, name);
  });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    for (const [column, name] of columns) {
      const text = row.getCell(column).text.trim();
      if (text) cells.set(name, text);
    }
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { headers: new Set(columns.values()), rows };
}

/** One column of a sheet we write: header, width, and whether it is kept as text. */
export interface ColumnSpec {
  header: string;
  width: number;
  text?: boolean;
  note?: string;
  choices?: string[];
}

/** Adds a sheet with a bold, frozen header row and the given rows. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnSpec[],
  rows: readonly (string | number | null)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.text && { style: { numFmt: '@' } }),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    if (column.note) cell.note = column.note;
  });
  for (const values of rows) sheet.addRow(values.map((v) => v ?? ''));
  // Drop-downs for the first rows of a template (and of exports, so edits stay valid).
  const lastRow = Math.max(rows.length + 1, 500);
  columns.forEach((column, index) => {
    if (!column.choices) return;
    for (let r = 2; r <= lastRow; r++) {
      sheet.getCell(r, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
      };
    }
  });
}

/** A new workbook with our metadata. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '院务 Yuanwu';
  workbook.created = new Date(0);
  return workbook;
}

/** Serialises a workbook to the bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
