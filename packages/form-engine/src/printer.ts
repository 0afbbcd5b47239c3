import { binaryPrecedence, postfixPrecedence, unaryPrecedence, type Expression } from './ast.ts';

/**
 * Prints an expression back to source with only the parentheses that precedence and left
 * associativity require, so `parseExpression(printExpression(e))` gives `e` again (up to `at`).
 */
export function printExpression(expression: Expression): string {
  return print(expression, 0, 'left');
}

function print(expression: Expression, context: number, side: 'left' | 'right'): string {
  switch (expression.kind) {
    case 'literal':
      return printLiteral(expression.value);
    case 'field':
      return expression.name;
    case 'member':
      return `${print(expression.object, postfixPrecedence, 'left')}.${expression.property}`;
    case 'array':
      return `[${expression.items.map((item) => print(item, 0, 'left')).join(', ')}]`;
    case 'call':
      return `${expression.name}(${expression.args.map((arg) => print(arg, 0, 'left')).join(', ')})`;
    case 'unary': {
      const text = `${expression.operator}${print(expression.operand, unaryPrecedence, 'right')}`;
      return unaryPrecedence < context ? `(${text})` : text;
    }
    case 'binary': {
      const own = binaryPrecedence[expression.operator];
      const left = print(expression.left, own, 'left');
      const right = print(expression.right, own, 'right');
      const text = `${left} ${expression.operator} ${right}`;
      const needsParens = own < context || (own === context && side === 'right');
      return needsParens ? `(${text})` : text;
    }
  }
}

function printLiteral(value: null | boolean | number | string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && value < 0) return `(-${String(-value)})`;
  if (typeof value === 'number' && Object.is(value, -0)) return '0';
  return String(value);
}
