import { describe, expect, it } from 'vitest';
import type { FormSchema, TableField } from './field-definition.ts';
import { validateFormValues } from './validate-values.ts';
import type { Value } from './value.ts';

const items: TableField = {
  key: 'items',
  label: '费用明细',
  type: 'table',
  minRows: 1,
  maxRows: 3,
  columns: [
    {
      key: 'kind',
      label: '类别',
      type: 'select',
      options: ['交通', '住宿', '伙食'],
      required: true,
    },
    { key: 'amount', label: '金额', type: 'money', required: true, min: 0 },
    { key: 'note', label: '备注', type: 'text', maxLength: 5 },
    { key: 'subtotal', label: '小计', type: 'formula', formula: 'amount' },
  ],
};
const schema: FormSchema = { fields: [items] };

const validate = (value: Value | undefined, requireRequired = true) =>
  validateFormValues(schema, value === undefined ? {} : { items: value }, { requireRequired });

describe('table fields', () => {
  it('accepts valid rows', () => {
    expect(
      validate([
        { kind: '交通', amount: 900 },
        { kind: '住宿', amount: 650.5, note: '两晚' },
      ]),
    ).toEqual([]);
  });

  it('names the cell of each problem, rows from 0', () => {
    expect(
      validate([
        { kind: '交通', amount: 1 },
        { kind: '交通', amount: -1 },
      ]),
    ).toEqual([{ path: 'items[1].amount', message: '“费用明细”第 2 行的“金额”不能小于 0' }]);
    expect(validate([{ kind: '机票', amount: 900 }])[0]?.path).toBe('items[0].kind');
    expect(validate([{ kind: '交通', amount: 10.555 }])[0]?.path).toBe('items[0].amount');
    expect(validate([{ kind: '交通', amount: 1, note: '超过五个字了' }])[0]?.path).toBe(
      'items[0].note',
    );
  });

  it('names unknown columns', () => {
    expect(validate([{ kind: '交通', amount: 1, bogus: true }])).toEqual([
      { path: 'items[0].bogus', message: '“费用明细”第 1 行没有“bogus”列' },
    ]);
  });

  it('applies required columns, except for drafts', () => {
    expect(validate([{ kind: '交通' }])).toEqual([
      { path: 'items[0].amount', message: '“费用明细”第 1 行的“金额”为必填项' },
    ]);
    expect(validate([{ kind: '交通' }], false)).toEqual([]);
  });

  it('skips formula columns', () => {
    expect(validate([{ kind: '交通', amount: 1, subtotal: 'computed elsewhere' }])).toEqual([]);
  });

  it('applies minRows and maxRows whenever the table is present, even when not required', () => {
    expect(validate([])).toEqual([{ path: 'items', message: '“费用明细”至少需要 1 行' }]);
    expect(validate([], false)).toHaveLength(1);
    const four = Array.from({ length: 4 }, () => ({ kind: '交通', amount: 1 }));
    expect(validate(four)).toEqual([{ path: 'items', message: '“费用明细”最多 3 行' }]);
  });

  it('does not apply bounds to an absent optional table', () => {
    expect(validate(undefined)).toEqual([]);
    expect(validate(null)).toEqual([]);
  });

  it('reports a required empty table once, as missing', () => {
    const required = { fields: [{ ...items, required: true }] };
    expect(validateFormValues(required, { items: [] }, { requireRequired: true })).toEqual([
      { path: 'items', message: '“费用明细”为必填项' },
    ]);
  });

  it('refuses a table that is not a list of objects', () => {
    expect(validate({ kind: '交通' })).toEqual([
      { path: 'items', message: '“费用明细”应为明细行的列表' },
    ]);
    expect(validate(['row'])).toEqual([{ path: 'items[0]', message: '“费用明细”第 1 行应为对象' }]);
    expect(validate([[1]])[0]?.path).toBe('items[0]');
  });

  it('checks every row', () => {
    expect(
      validate([
        { kind: 'x', amount: -1 },
        { kind: 'y', amount: 1 },
      ]).map((e) => e.path),
    ).toEqual(['items[0].kind', 'items[0].amount', 'items[1].kind']);
  });
});
