import { describe, expect, it } from 'vitest';
import type { Expression } from './ast.ts';
import { parseExpression } from './parser.ts';
import { parseError } from './test-helpers.ts';

/** Fully parenthesised form of the tree, to see how the parser grouped things. */
function shape(expression: Expression): string {
  switch (expression.kind) {
    case 'literal':
      return JSON.stringify(expression.value);
    case 'field':
      return expression.name;
    case 'member':
      return `${shape(expression.object)}.${expression.property}`;
    case 'array':
      return `[${expression.items.map(shape).join(',')}]`;
    case 'unary':
      return `(${expression.operator}${shape(expression.operand)})`;
    case 'binary':
      return `(${shape(expression.left)} ${expression.operator} ${shape(expression.right)})`;
    case 'call':
      return `${expression.name}(${expression.args.map(shape).join(',')})`;
  }
}

function grouped(source: string): string {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return shape(parsed.expression);
}

describe('parseExpression: precedence', () => {
  it.each([
    ['a + b * c', '(a + (b * c))'],
    ['a * b + c', '((a * b) + c)'],
    ['a + b > c', '((a + b) > c)'],
    ['a > b && c < d', '((a > b) && (c < d))'],
    ['a || b && c', '(a || (b && c))'],
    ['a && b || c', '((a && b) || c)'],
    ['!a && b', '((!a) && b)'],
    ['!a == b', '((!a) == b)'],
    ['-a * b', '((-a) * b)'],
    ['-a.b', '(-a.b)'],
    ['a + b in [1, 2]', '((a + b) in [1,2])'],
    ['a in [1] && b', '((a in [1]) && b)'],
    ['(a || b) && c', '((a || b) && c)'],
    ['a * (b + c)', '(a * (b + c))'],
    ['!(a > b)', '(!(a > b))'],
    ['--a', '(-(-a))'],
    ['a - -b', '(a - (-b))'],
  ])('%s groups as %s', (source, expected) => {
    expect(grouped(source)).toBe(expected);
  });
});

describe('parseExpression: left associativity', () => {
  it.each([
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['a - b + c', '((a - b) + c)'],
    ['a * b / c', '((a * b) / c)'],
    ['a == b == c', '((a == b) == c)'],
    ['a < b >= c', '((a < b) >= c)'],
    ['a && b && c', '((a && b) && c)'],
    ['a || b || c', '((a || b) || c)'],
  ])('%s groups as %s', (source, expected) => {
    expect(grouped(source)).toBe(expected);
  });
});

describe('parseExpression: forms', () => {
  it('reads literals', () => {
    expect(grouped('true')).toBe('true');
    expect(grouped('false')).toBe('false');
    expect(grouped('null')).toBe('null');
    expect(grouped('"文本"')).toBe('"文本"');
    expect(grouped('12.5')).toBe('12.5');
  });

  it('reads member access on fields and initiator', () => {
    expect(grouped('initiator.dept')).toBe('initiator.dept');
    expect(grouped('sum(items.amount)')).toBe('sum(items.amount)');
    expect(grouped('a.b.c')).toBe('a.b.c');
  });

  it('reads calls with zero, one and many arguments, and array literals', () => {
    expect(grouped('today()')).toBe('today()');
    expect(grouped('max(a, b, 3)')).toBe('max(a,b,3)');
    expect(grouped('if(a > 1, "x", "y")')).toBe('if((a > 1),"x","y")');
    expect(grouped('a in []')).toBe('(a in [])');
  });

  it('records where each node is', () => {
    const parsed = parseExpression('amount > 5000');
    expect(parsed).toMatchObject({
      ok: true,
      expression: {
        kind: 'binary',
        at: 7,
        left: { kind: 'field', name: 'amount', at: 0 },
        right: { at: 9 },
      },
    });
  });

  it('produces a JSON-serialisable tree', () => {
    const parsed = parseExpression('sum(items.amount) > 100 && initiator.dept in ["a"]');
    expect(parsed.ok && JSON.parse(JSON.stringify(parsed.expression))).toEqual(
      parsed.ok && parsed.expression,
    );
  });
});

describe('parseExpression: errors with positions', () => {
  it.each([
    ['', 0, '为空'],
    ['   ', 0, '为空'],
    ['(a + b', 6, '缺少右括号'],
    ['sum(items.amount', 16, '缺少右括号'],
    ['a in [1, 2', 10, '右方括号'],
    ['a +', 3, '不完整'],
    ['a + * b', 4, '意外的“*”'],
    ['a b', 2, '意外的“b”'],
    ['a)', 1, '多余的右括号'],
    ['foo(1)', 0, '“foo”不存在'],
    ['x + avg(a)', 4, '“avg”不存在'],
    ['if(a, b)', 0, '需要 3 个参数，但给了 2 个'],
    ['today(1)', 0, '需要 0 个参数'],
    ['sum()', 0, '至少 1 个'],
    ['round(1, 2, 3)', 0, '1–2 个'],
    ['count(a, b)', 0, '需要 1 个参数'],
    ['a.', 2, '“.”后面缺少'],
    ['a.1', 2, '“.”后面缺少'],
    ['in', 0, '意外的“in”'],
    ['f(,)', 0, '“f”不存在'],
    ['max(,)', 4, '意外的“,”'],
  ])('%j fails at %i', (source, position, fragment) => {
    const error = parseError(source);
    expect(error.position).toBe(position);
    expect(error.message).toContain(fragment);
  });

  it('says the position in characters counted from 1 in the message', () => {
    expect(parseError('(a + b').message).toBe('表达式第 7 个字符处缺少右括号“)”');
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    expect(parseError(`${'('.repeat(100)}1${')'.repeat(100)}`).message).toContain('嵌套过深');
    expect(parseError(`${'-'.repeat(100)}1`).message).toContain('嵌套过深');
    expect(parseExpression(`${'('.repeat(30)}1${')'.repeat(30)}`).ok).toBe(true);
  });

  it('refuses sources longer than 4000 characters', () => {
    expect(parseError(`a${' + a'.repeat(1000)}`).message).toContain('过长');
  });
});
