/**
 * The syntax tree of an expression. Plain JSON, so a parsed expression can be cached,
 * stored or sent to the browser. `at` is the 0-based offset (in UTF-16 code units) of the
 * node in its source: of the operator for unary and binary nodes, of the name for fields
 * and calls, of the dot for member access.
 */
export type Expression =
  | { kind: 'literal'; value: null | boolean | number | string; at: number }
  | { kind: 'field'; name: string; at: number }
  | { kind: 'member'; object: Expression; property: string; at: number }
  | { kind: 'array'; items: Expression[]; at: number }
  | { kind: 'unary'; operator: UnaryOperator; operand: Expression; at: number }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression; at: number }
  | { kind: 'call'; name: FunctionName; args: Expression[]; at: number };

export type UnaryOperator = '!' | '-';

export type BinaryOperator =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/';

/** Binding power of each binary operator: higher binds tighter. All are left-associative. */
export const binaryPrecedence: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  in: 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
};

/** Unary `!` and `-` bind tighter than every binary operator. */
export const unaryPrecedence = 6;

/** Member access and calls bind tightest of all. */
export const postfixPrecedence = 7;

/** The functions of the language with their arity (max Infinity: any number). */
export const expressionFunctions = {
  sum: { min: 1, max: Infinity },
  count: { min: 1, max: 1 },
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  if: { min: 3, max: 3 },
  len: { min: 1, max: 1 },
  today: { min: 0, max: 0 },
  now: { min: 0, max: 0 },
  // Beyond the interchange format: rounding money (四舍五入), absolute value, day spans.
  round: { min: 1, max: 2 },
  abs: { min: 1, max: 1 },
  days: { min: 2, max: 2 },
} as const satisfies Record<string, { min: number; max: number }>;

export type FunctionName = keyof typeof expressionFunctions;

/** True when `name` is a function of the language. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(expressionFunctions, name);
}

/** Words that can never be field keys. `initiator` names the person who started the form. */
export const reservedWords: ReadonlySet<string> = new Set([
  'true',
  'false',
  'null',
  'in',
  'initiator',
]);
