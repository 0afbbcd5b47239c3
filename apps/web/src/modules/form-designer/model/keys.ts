import { reservedWords, type FieldDefinition } from '@yuanwu/form-engine';

const keyPattern = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Every key in use: the form's fields and the columns of its tables. */
export function keysOf(fields: readonly FieldDefinition[]): string[] {
  return fields.flatMap((field) => [
    field.key,
    ...(field.type === 'table' ? field.columns.map((column) => column.key) : []),
  ]);
}

/** `base`, or `base2`, `base3`… whichever is free. */
export function uniqueKey(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let key = base;
  for (let n = 2; used.has(key); n += 1) key = `${base}${n}`;
  return key;
}

/** Null when the key may be used; else why not. */
export function keyProblem(
  key: string,
  taken: readonly string[],
  messages: { keyInvalid: string; keyTaken: string },
): string | null {
  if (!keyPattern.test(key) || reservedWords.has(key)) return messages.keyInvalid;
  return taken.includes(key) ? messages.keyTaken : null;
}

/** A field key from a type (`money`, `money2`…), used until a pinyin suggestion arrives. */
export function keyForType(type: string, taken: readonly string[]): string {
  return uniqueKey(type, taken);
}
