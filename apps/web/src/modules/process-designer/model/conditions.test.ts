import { describe, expect, it } from 'vitest';
import { fromExpression, toExpression } from './conditions.ts';

const numeric = new Set(['amount', 'days']);

describe('visual conditions ↔ expressions', () => {
  it('writes groups as || of && and reads them back', () => {
    const groups = [
      [
        { field: 'amount', op: '>' as const, value: '5000' },
        { field: 'dept', op: '==' as const, value: '财务科' },
      ],
      [{ field: 'days', op: '>=' as const, value: '3' }],
    ];
    const text = toExpression(groups, numeric);
    expect(text).toBe('(amount > 5000 && dept == "财务科") || days >= 3');
    expect(fromExpression(text)).toEqual(groups);
  });

  it('writes `in` lists and skips incomplete rules', () => {
    const text = toExpression(
      [
        [
          { field: 'kind', op: 'in', value: '事假,病假' },
          { field: '', op: '>', value: '' },
        ],
      ],
      numeric,
    );
    expect(text).toBe('kind in ["事假", "病假"]');
    expect(fromExpression(text)).toEqual([[{ field: 'kind', op: 'in', value: '事假,病假' }]]);
  });

  it('answers null for expressions the builder cannot show, and for bad syntax', () => {
    expect(fromExpression('sum(items.amount) > 10')).toBeNull();
    expect(fromExpression('amount >')).toBeNull();
    expect(fromExpression('')).toEqual([[]]);
  });
});
