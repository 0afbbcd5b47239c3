import { describe, expect, it } from 'vitest';
import type { Expression } from './ast.ts';
import { evaluate } from './evaluate.ts';
import { run, scopeWith } from './test-helpers.ts';
import type { Value } from './value.ts';

describe('evaluate: arithmetic', () => {
  it('computes with precedence', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('10 - 4 - 3')).toBe(3);
    expect(run('24 / 4 / 2')).toBe(3);
    expect(run('-2 * -3')).toBe(6);
  });

  it('is exact for money', () => {
    expect(run('0.1 + 0.2')).toBe(0.3);
    expect(run('0.1 + 0.2 == 0.3')).toBe(true);
    expect(run('a + b', { a: 0.1, b: 0.2 })).toBe(0.3);
    expect(run('1.1 * 3')).toBe(3.3);
    expect(run('0.3 - 0.1')).toBe(0.2);
    expect(run('19.99 * 3')).toBe(59.97);
    expect(run('1000000.01 + 0.02')).toBe(1000000.03);
    expect(run('4.35 * 100')).toBe(435);
  });

  it('divides exactly when it can and gives null for division by zero', () => {
    expect(run('0.3 / 0.1')).toBe(3);
    expect(run('1 / 4')).toBe(0.25);
    expect(run('10 / 3')).toBeCloseTo(3.3333333333, 9);
    expect(run('1 / 0')).toBeNull();
    expect(run('a / b', { a: 5, b: 0 })).toBeNull();
    expect(run('0 / 0')).toBeNull();
  });

  it('never gives -0', () => {
    expect(Object.is(run('0 * -1'), 0)).toBe(true);
    expect(Object.is(run('-0'), -0)).toBe(false);
  });

  it('gives null for arithmetic with null or a missing field', () => {
    expect(run('missing + 1')).toBeNull();
    expect(run('1 - missing')).toBeNull();
    expect(run('a * 2', { a: null })).toBeNull();
    expect(run('null / 2')).toBeNull();
    expect(run('-missing')).toBeNull();
  });

  it('gives null for arithmetic on the wrong types', () => {
    expect(run('"a" - 1')).toBeNull();
    expect(run('true * 2')).toBeNull();
    expect(run('[1] + 1')).toBeNull();
    expect(run('-"x"')).toBeNull();
  });

  it('concatenates with + when a string is involved', () => {
    expect(run('"报销" + "单"')).toBe('报销单');
    expect(run('"第" + 3 + "号"')).toBe('第3号');
    expect(run('1 + 2 + "x"')).toBe('3x');
    expect(run('"x" + true')).toBe('xtrue');
    expect(run('"x" + missing')).toBeNull();
  });
});

describe('evaluate: comparisons and null', () => {
  it('compares numbers and strings', () => {
    expect(run('amount > 5000', { amount: 8000.5 })).toBe(true);
    expect(run('amount > 5000', { amount: 5000 })).toBe(false);
    expect(run('amount >= 5000', { amount: 5000 })).toBe(true);
    expect(run('3 <= 2')).toBe(false);
    expect(run('"2026-03-01" < "2026-03-02"')).toBe(true);
    expect(run('"a" == "a"')).toBe(true);
    expect(run('"a" != "b"')).toBe(true);
  });

  it('orders datetimes by instant across offsets', () => {
    expect(run('"2026-03-01T09:00:00+08:00" < "2026-03-01T02:00:00Z"')).toBe(true);
    expect(run('"2026-03-01T09:00:00+08:00" == "2026-03-01T01:00:00Z"')).toBe(false);
    expect(run('"2026-03-01T09:00:00+08:00" >= "2026-03-01T01:00:00Z"')).toBe(true);
  });

  it('makes every comparison with null false, != included', () => {
    for (const operator of ['==', '!=', '<', '<=', '>', '>=']) {
      expect(run(`missing ${operator} 1`)).toBe(false);
      expect(run(`1 ${operator} missing`)).toBe(false);
      expect(run(`null ${operator} null`)).toBe(false);
    }
  });

  it('never equates or orders different types', () => {
    expect(run('1 == "1"')).toBe(false);
    expect(run('1 != "1"')).toBe(true);
    expect(run('1 < "2"')).toBe(false);
    expect(run('true > false')).toBe(false);
    expect(run('true == true')).toBe(true);
  });

  it('compares lists and rows structurally', () => {
    expect(run('tags == ["a", "b"]', { tags: ['a', 'b'] })).toBe(true);
    expect(run('tags == ["b", "a"]', { tags: ['a', 'b'] })).toBe(false);
    expect(run('row == other', { row: { a: 1 }, other: { a: 1 } })).toBe(true);
    expect(run('row == other', { row: { a: 1 }, other: { a: 2 } })).toBe(false);
  });
});

describe('evaluate: logic and in', () => {
  it('answers booleans and short-circuits', () => {
    expect(run('1 && "x"')).toBe(true);
    expect(run('0 || ""')).toBe(false);
    expect(run('!0')).toBe(true);
    expect(run('!"x"')).toBe(false);
    expect(run('!missing')).toBe(true);
    expect(run('false && 1 / 0 == null')).toBe(false);
    expect(run('true || missing > 1')).toBe(true);
  });

  it('tests membership in literal lists and list fields', () => {
    expect(run('kind in ["交通", "住宿"]', { kind: '住宿' })).toBe(true);
    expect(run('kind in ["交通", "住宿"]', { kind: '伙食' })).toBe(false);
    expect(run('"b" in tags', { tags: ['a', 'b'] })).toBe(true);
    expect(run('2 in [1, 2, 3]')).toBe(true);
    expect(run('"2" in [1, 2, 3]')).toBe(false);
    expect(run('1 + 1 in [2]')).toBe(true);
  });

  it('is false for null on either side of in', () => {
    expect(run('missing in ["a"]')).toBe(false);
    expect(run('null in [null]')).toBe(false);
    expect(run('"a" in missing')).toBe(false);
    expect(run('"a" in "abc"')).toBe(false);
  });
});

describe('evaluate: fields and members', () => {
  it('reads the initiator', () => {
    expect(run('initiator.id')).toBe('zhang');
    expect(run('initiator.dept == "surg1"')).toBe(true);
    expect(run('initiator.dept', {}, { initiator: { id: 'admin', dept: null } })).toBeNull();
    expect(run('initiator.id', {}, { initiator: undefined })).toBeNull();
  });

  it('reads a table column as a list', () => {
    const items: Value = [{ amount: 1 }, { amount: 2.5 }, { other: 1 }];
    expect(run('items.amount', { items })).toEqual([1, 2.5, null]);
  });

  it('never reaches prototypes', () => {
    expect(run('constructor')).toBeNull();
    expect(run('toString')).toBeNull();
    expect(run('initiator.constructor')).toBeNull();
    expect(run('row.__proto__', { row: { a: 1 } })).toBeNull();
    expect(run('items.hasOwnProperty', { items: [{}] })).toEqual([null]);
  });

  it('gives null for members of scalars and missing things', () => {
    expect(run('amount.x', { amount: 5 })).toBeNull();
    expect(run('missing.x')).toBeNull();
    expect(run('"abc".length')).toBeNull();
  });

  it('treats non-JSON values in the data as null', () => {
    const fields = { u: undefined, n: Number.NaN, f: () => 1 } as unknown as Record<string, never>;
    expect(run('u', fields)).toBeNull();
    expect(run('n + 1', fields)).toBeNull();
    expect(run('f', fields)).toBeNull();
  });
});

describe('evaluate: robustness', () => {
  it('returns null for a hand-built tree it does not know', () => {
    const bogus = { kind: 'nonsense', at: 0 } as unknown as Expression;
    expect(evaluate(bogus, scopeWith())).toBeNull();
    const badCall = { kind: 'call', name: 'nope', args: [], at: 0 } as unknown as Expression;
    expect(evaluate(badCall, scopeWith())).toBeNull();
  });
});
