import type { ErrorDetail } from '@yuanwu/kernel';

/** The top-level field key of an error path: `items[1].amount` → `items`. */
export function rootKey(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? path;
}

/** Messages whose path is exactly `path` (a field, a table, or one cell). */
export function messagesAt(errors: readonly ErrorDetail[], path: string): string[] {
  return errors.filter((error) => error.path === path).map((error) => error.message);
}

/** Messages anywhere under `path` (the field itself and, for tables, its rows and cells). */
export function messagesUnder(errors: readonly ErrorDetail[], path: string): string[] {
  return errors
    .filter(
      (error) =>
        error.path === path ||
        error.path.startsWith(`${path}.`) ||
        error.path.startsWith(`${path}[`),
    )
    .map((error) => error.message);
}

/** Keeps one message per path, first one wins (client and server may both report one). */
export function uniqueByPath(errors: readonly ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.path) && seen.add(error.path));
}
