import { evaluate, parseExpression, truthy, type Expression } from '@yuanwu/form-engine';
import type { Tx } from './tx.ts';

// Parsed once per source text; deployed definitions are few, so a small cache suffices.
const parsed = new Map<string, Expression | null>();
const cacheLimit = 2000;

function parse(source: string): Expression | null {
  const cached = parsed.get(source);
  if (cached !== undefined) return cached;
  const result = parseExpression(source);
  const expression = result.ok ? result.expression : null;
  if (parsed.size >= cacheLimit) parsed.clear();
  parsed.set(source, expression);
  return expression;
}

/**
 * Whether an edge condition holds for the instance now. A condition that cannot be
 * evaluated counts as false (deployment has already refused ones that do not parse).
 */
export function conditionHolds(tx: Tx, source: string): boolean {
  const expression = parse(source);
  if (expression === null) return false;
  try {
    return truthy(
      evaluate(expression, {
        fields: tx.state.form,
        initiator: tx.state.initiator,
        now: tx.now,
        timeZone: tx.env.timeZone ?? 'Asia/Shanghai',
      }),
    );
  } catch {
    return false;
  }
}
