import { describe, expect, it } from 'vitest';
import { parseExpression } from './parser.ts';
import { checkExpressionFields, referencedFields } from './references.ts';

function fieldsOf(source: string): string[] {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return referencedFields(parsed.expression);
}

describe('referencedFields', () => {
  it('lists top-level keys once, in order, without initiator', () => {
    expect(fieldsOf('b + a * b')).toEqual(['b', 'a']);
    expect(fieldsOf('sum(items.amount) > limit && initiator.dept in depts')).toEqual([
      'items',
      'limit',
      'depts',
    ]);
    expect(fieldsOf('if(x, [y], -z)')).toEqual(['x', 'y', 'z']);
    expect(fieldsOf('today() == "2026-01-01"')).toEqual([]);
  });

  it('does not list member names as fields', () => {
    expect(fieldsOf('items.amount')).toEqual(['items']);
  });
});

describe('checkExpressionFields', () => {
  const known = new Set(['amount', 'reason', 'items']);

  it('accepts a condition naming known fields and initiator members', () => {
    expect(checkExpressionFields('amount > 5000', known)).toBeNull();
    expect(
      checkExpressionFields('initiator.dept == "fin" || initiator.id == "zhao"', known),
    ).toBeNull();
    expect(checkExpressionFields('sum(items.amount) > 0', known)).toBeNull();
  });

  it('names an unknown field and where it is', () => {
    expect(checkExpressionFields('amount > 1 && bogus', known, 'edges[3].when')).toEqual({
      path: 'edges[3].when',
      message: '表达式第 15 个字符处引用了不存在的字段“bogus”',
    });
  });

  it('refuses unknown initiator members', () => {
    expect(checkExpressionFields('initiator.name == "x"', known)?.message).toContain(
      'initiator 只有 id 和 dept',
    );
  });

  it('returns the parse error of a condition that does not parse', () => {
    expect(checkExpressionFields('amount >', known)).toEqual({
      path: '',
      message: '表达式第 9 个字符处缺少内容，表达式不完整',
    });
  });
});
