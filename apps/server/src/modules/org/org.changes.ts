/** One changed field as the audit summary shows it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/**
 * What changed between two versions of a record, for the audit summary
 * (`{ name: { from: '旧', to: '新' } }`); fields not in `patch` are ignored.
 */
export function changesOf<T extends object>(
  before: T,
  patch: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const to = patch[key];
    if (to === undefined) continue;
    const from = before[key];
    if (!sameValue(from, to)) changes[key] = { from, to };
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (list: unknown[]) => list.map(String).sort().join('\u0000');
    return key(a as unknown[]) === key(b as unknown[]);
  }
  return a === b;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Escapes LIKE wildcards for a "contains" match. */
export function likeContains(text: string): string {
  return `%${likePrefix(text)}`;
}

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
