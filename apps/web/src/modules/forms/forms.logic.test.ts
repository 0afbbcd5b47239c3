import type { FormSchema } from '@yuanwu/form-engine';
import { describe, expect, it } from 'vitest';
import { moneyFormulaKeys } from './moneyFormulas.ts';
import { messagesAt, messagesUnder, rootKey, uniqueByPath } from './paths.ts';
import { submittableValues } from './submission.ts';

const schema: FormSchema = {
  fields: [
    { key: 'head', label: '基本信息', type: 'section' },
    { key: 'reason', label: '事由', type: 'text' },
    {
      key: 'items',
      label: '明细',
      type: 'table',
      columns: [
        { key: 'qty', label: '数量', type: 'number' },
        { key: 'price', label: '单价', type: 'money' },
        { key: 'subtotal', label: '小计', type: 'formula', formula: 'qty * price' },
        { key: 'double', label: '双倍数量', type: 'formula', formula: 'qty * 2' },
      ],
    },
    { key: 'total', label: '合计', type: 'formula', formula: 'sum(items.subtotal)' },
    { key: 'rows', label: '行数', type: 'formula', formula: 'count(items)' },
    { key: 'files', label: '附件', type: 'attachment' },
  ],
};

describe('forms logic', () => {
  it('finds the formulas that compute money, through formulas of formulas', () => {
    const money = moneyFormulaKeys(schema);
    expect(money.has('items.subtotal')).toBe(true);
    expect(money.has('total')).toBe(true);
    expect(money.has('items.double')).toBe(false);
    expect(money.has('rows')).toBe(false);
  });

  it('sends no formulas, sections or absent fields, and only the editable ones', () => {
    const values = {
      reason: '开会',
      items: [{ qty: 2, price: 3, subtotal: 6, double: 4 }],
      total: 6,
      rows: 1,
      files: ['f1'],
    };
    expect(submittableValues(schema, values)).toEqual({
      reason: '开会',
      items: [{ qty: 2, price: 3 }],
      files: ['f1'],
    });
    expect(submittableValues(schema, values, ['files'])).toEqual({ files: ['f1'] });
  });

  it('maps error paths to fields, rows and cells', () => {
    const errors = [
      { path: 'items[1].price', message: 'a' },
      { path: 'items', message: 'b' },
      { path: 'itemsX', message: 'c' },
      { path: 'items', message: 'd' },
    ];
    expect(rootKey('items[1].price')).toBe('items');
    expect(rootKey('reason')).toBe('reason');
    expect(messagesAt(errors, 'items[1].price')).toEqual(['a']);
    expect(messagesUnder(errors, 'items')).toEqual(['a', 'b', 'd']);
    expect(uniqueByPath(errors).map((e) => e.message)).toEqual(['a', 'b', 'c']);
  });
});
