import { Exact, toNumber } from './arithmetic.ts';
import type { FunctionName } from './ast.ts';
import { nowIn, todayIn } from './clock.ts';
import { parseDate, parseDateTime } from './dates.ts';
import type { ExpressionScope } from './scope.ts';
import { asValue, type Value } from './value.ts';

/** The functions whose arguments are all evaluated first (`if` is lazy, in the evaluator). */
export type EagerFunctionName = Exclude<FunctionName, 'if'>;

type Builtin = (args: Value[], scope: ExpressionScope) => Value;

/** Arguments spread out: a list (a table column) counts as its items; nulls are dropped. */
function present(args: Value[]): Value[] {
  const items: Value[] = [];
  for (const arg of args) {
    if (Array.isArray(arg)) {
      for (const item of arg) items.push(asValue(item));
    } else {
      items.push(arg);
    }
  }
  return items.filter((item) => item !== null);
}

/** The sum of an empty table is 0; any non-number item makes the sum unknown (null). */
function sum(args: Value[]): Value {
  let total = new Exact(0);
  for (const item of present(args)) {
    if (typeof item !== 'number') return null;
    total = total.plus(item);
  }
  return toNumber(total);
}

/** Smallest or largest of numbers, or of strings (dates order as text); mixed types → null. */
function extreme(direction: 1 | -1): Builtin {
  return (args) => {
    const items = present(args);
    const first = items[0];
    if (first === undefined) return null;
    const kind = typeof first;
    if ((kind !== 'number' && kind !== 'string') || items.some((item) => typeof item !== kind)) {
      return null;
    }
    let best = first as number | string;
    for (const item of items as (number | string)[]) {
      if (direction === 1 ? item > best : item < best) best = item;
    }
    return best;
  };
}

/** The calendar day of a date, or of a datetime as written (its own offset's day). */
function dayNumber(value: Value): number | null {
  if (typeof value !== 'string') return null;
  if (parseDateTime(value) !== null) return parseDate(value.slice(0, 10));
  return parseDate(value);
}

const builtins: Readonly<Record<EagerFunctionName, Builtin>> = {
  sum,
  min: extreme(-1),
  max: extreme(1),
  count: ([value = null]) =>
    value === null
      ? 0
      : Array.isArray(value)
        ? value.filter((item) => asValue(item) !== null).length
        : 1,
  len: ([value = null]) =>
    value === null
      ? 0
      : typeof value === 'string'
        ? [...value].length
        : Array.isArray(value)
          ? value.length
          : null,
  today: (_args, scope) => todayIn(scope.now, scope.timeZone),
  now: (_args, scope) => nowIn(scope.now, scope.timeZone),
  round: ([value = null, places = 0]) => {
    if (typeof value !== 'number' || typeof places !== 'number') return null;
    if (!Number.isInteger(places) || places < 0 || places > 10) return null;
    return toNumber(new Exact(value).toDecimalPlaces(places, Exact.ROUND_HALF_UP));
  },
  abs: ([value = null]) => (typeof value === 'number' ? Math.abs(value) : null),
  days: ([from = null, to = null]) => {
    const start = dayNumber(from);
    const end = dayNumber(to);
    return start === null || end === null ? null : end - start;
  },
};

/** Calls a built-in function on evaluated arguments. */
export function callBuiltin(name: EagerFunctionName, args: Value[], scope: ExpressionScope): Value {
  // Own entries only: a stored tree from elsewhere must not reach Object.prototype.
  return Object.hasOwn(builtins, name) ? builtins[name](args, scope) : null;
}
