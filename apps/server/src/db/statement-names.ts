import { createHash } from 'node:crypto';

// The name of a prepared statement is derived from its text, so every connection and
// every server names the same text the same way.
const names = new Map<string, string>();
// Texts whose prepared form went stale get a new generation, hence a new name.
const generations = new Map<string, number>();
const rememberedNames = 10_000;

/** The prepared-statement name of a statement text. */
export function statementName(text: string): string {
  const known = names.get(text);
  if (known !== undefined) return known;
  const generation = generations.get(text) ?? 0;
  const digest = createHash('sha1').update(text).digest('hex').slice(0, 24);
  const name = `yw${generation}_${digest}`;
  if (names.size < rememberedNames) names.set(text, name);
  return name;
}

/**
 * After "cached plan must not change result type" (a migration by another server changed a
 * table's columns under a running one): the next use prepares the text under a new name.
 */
export function retireStatement(text: string): void {
  generations.set(text, (generations.get(text) ?? 0) + 1);
  names.delete(text);
}
