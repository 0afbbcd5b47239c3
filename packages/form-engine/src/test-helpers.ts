import { evaluate } from './evaluate.ts';
import { parseExpression } from './parser.ts';
import type { ExpressionScope } from './scope.ts';
import type { Value } from './value.ts';

/** 2026-03-01 17:30 UTC: already 2 March in Shanghai, still 1 March in New York. */
export const fixedNow = new Date('2026-03-01T17:30:00Z');

/** A scope for tests: the fixed clock in Shanghai, initiator zhang of surg1. */
export function scopeWith(
  fields: Record<string, Value> = {},
  extra: Partial<ExpressionScope> = {},
): ExpressionScope {
  return {
    fields,
    initiator: { id: 'zhang', dept: 'surg1' },
    now: fixedNow,
    timeZone: 'Asia/Shanghai',
    ...extra,
  };
}

/** Parses (failing the test on a syntax error) and evaluates. */
export function run(
  source: string,
  fields: Record<string, Value> = {},
  extra: Partial<ExpressionScope> = {},
): Value {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return evaluate(parsed.expression, scopeWith(fields, extra));
}

/** The message and position of a source that must not parse. */
export function parseError(source: string): { message: string; position: number } {
  const parsed = parseExpression(source);
  if (parsed.ok) throw new Error(`${source} parsed but should not`);
  return parsed.error;
}
