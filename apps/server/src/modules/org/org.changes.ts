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

/**
 * The least string after every string that starts with `prefix`, in byte order (the order of
 * the `text_pattern_ops` indexes): `prefix ~>=~ x AND x ~<~ prefixEnd(prefix)` is "x starts
 * with prefix" as a range those indexes serve with the prefix as a parameter, where `LIKE`
 * needs it written into the statement. UTF-8's byte order is code point order, so the last
 * code point goes up by one (past the surrogates, which UTF-8 cannot hold). A prefix of
 * U+10FFFF alone has no such string; it gets the largest one-character string, which leaves
 * out only names that continue after that character.
 */
export function prefixEnd(prefix: string): string {
  const points = Array.from(prefix, (char) => char.codePointAt(0) ?? 0);
  while (points.length > 0) {
    const last = points.pop() ?? 0;
    if (last < 0x10ffff) {
      points.push(last === 0xd7ff ? 0xe000 : last + 1);
      return String.fromCodePoint(...points);
    }
  }
  return String.fromCodePoint(0x10ffff);
}

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
