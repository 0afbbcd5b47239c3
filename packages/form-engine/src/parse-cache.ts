import { parseExpression, type ParseResult } from './parser.ts';

const cache = new Map<string, ParseResult>();
const capacity = 500;

/**
 * parseExpression, remembered: a form's formulas and defaults are parsed on every write, and
 * the results are immutable by convention (nobody edits a parsed tree).
 */
export function parseCached(source: string): ParseResult {
  let result = cache.get(source);
  if (result === undefined) {
    if (cache.size >= capacity) cache.clear();
    result = parseExpression(source);
    cache.set(source, result);
  }
  return result;
}
