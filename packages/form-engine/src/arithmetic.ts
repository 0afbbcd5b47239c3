import Decimal from 'decimal.js';
import { parseDateTime } from './dates.ts';
import { valuesEqual, type Value } from './value.ts';

/**
 * Decimal arithmetic so money is exact to the cent (0.1 + 0.2 == 0.3). A private clone keeps
 * the library's global settings untouched for anyone else in the bundle.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type ExactNumber = InstanceType<typeof Exact>;

/** Back to a JSON number: non-finite results are null and -0 is 0. */
export function toNumber(value: ExactNumber): number | null {
  const number = value.toNumber();
  if (!Number.isFinite(number)) return null;
  return number === 0 ? 0 : number;
}

/** `+` adds numbers, concatenates when a string is involved, and is null with null. */
export function add(left: Value, right: Value): Value {
  if (typeof left === 'number' && typeof right === 'number') {
    return toNumber(new Exact(left).plus(right));
  }
  if (typeof left === 'string' || typeof right === 'string') {
    const a = asText(left);
    const b = asText(right);
    return a === null || b === null ? null : a + b;
  }
  return null;
}

function asText(value: Value): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** `- * /` on numbers only; anything else, null, or division by zero gives null. */
export function arithmetic(operator: '-' | '*' | '/', left: Value, right: Value): Value {
  if (typeof left !== 'number' || typeof right !== 'number') return null;
  const a = new Exact(left);
  switch (operator) {
    case '-':
      return toNumber(a.minus(right));
    case '*':
      return toNumber(a.times(right));
    case '/':
      return right === 0 ? null : toNumber(a.dividedBy(right));
  }
}

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Any comparison involving null is false, `!=` included. Mixed types are unequal and unordered. */
export function compare(operator: ComparisonOperator, left: Value, right: Value): boolean {
  if (left === null || right === null) return false;
  if (operator === '==') return valuesEqual(left, right);
  if (operator === '!=') return !valuesEqual(left, right);
  const order = ordering(left, right);
  if (order === null) return false;
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/** Numbers by value; datetimes with offsets by instant; other strings by code unit. */
function ordering(left: Value, right: Value): number | null {
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  if (typeof left !== 'string' || typeof right !== 'string') return null;
  const leftInstant = parseDateTime(left);
  const rightInstant = parseDateTime(right);
  if (leftInstant !== null && rightInstant !== null) return Math.sign(leftInstant - rightInstant);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `x in list`: membership by equality; false with null or when the right side is no list. */
export function contains(item: Value, list: Value): boolean {
  if (item === null || !Array.isArray(list)) return false;
  return list.some((candidate) => candidate !== null && valuesEqual(item, candidate));
}
