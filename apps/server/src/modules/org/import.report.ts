import type { Sheet } from './excel.ts';

/** One problem of an import, by Excel row and column header. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** The rows an import can write and every problem of the others. */
export interface ImportPlan<T> {
  totalRows: number;
  valid: T[];
  problems: ImportProblem[];
}

/** Missing required columns make every row unusable: say so once, on the header row. */
export function missingColumns(sheet: Sheet, required: string[][]): ImportProblem[] {
  return required
    .filter((anyOf) => !anyOf.some((header) => sheet.headers.has(header)))
    .map((anyOf) => ({ row: 1, column: anyOf[0] ?? '', message: `缺少“${anyOf.join('”或“')}”列` }));
}

export const importModes = ['dry-run', 'all-or-nothing', 'valid-only'] as const;
/** dry-run writes nothing; all-or-nothing writes only a flawless file; valid-only writes the valid rows. */
export type ImportMode = (typeof importModes)[number];

/** The answer of every import, written or not. */
export interface ImportReport {
  mode: ImportMode;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  written: number;
  problems: ImportProblem[];
}

/** Whether the plan may be written in this mode. */
export function shouldWrite(mode: ImportMode, plan: ImportPlan<unknown>): boolean {
  switch (mode) {
    case 'dry-run':
      return false;
    case 'all-or-nothing':
      return plan.problems.length === 0 && plan.valid.length > 0;
    case 'valid-only':
      return plan.valid.length > 0;
  }
}

/** The report of a plan; `written` is how many rows went into the database. */
export function reportOf(
  mode: ImportMode,
  plan: ImportPlan<unknown>,
  written: number,
): ImportReport {
  return {
    mode,
    totalRows: plan.totalRows,
    validRows: plan.valid.length,
    invalidRows: plan.totalRows - plan.valid.length,
    written,
    problems: plan.problems,
  };
}

/** Audit details are capped so one import cannot produce an unbounded entry. */
export function capped<T>(items: T[], max = 1000): { items: T[]; truncated: boolean } {
  return { items: items.slice(0, max), truncated: items.length > max };
}
