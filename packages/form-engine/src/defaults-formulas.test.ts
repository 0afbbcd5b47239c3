import { describe, expect, it } from 'vitest';
import { applyDefaults } from './defaults.ts';
import type { FormSchema } from './field-definition.ts';
import { computeFormulas } from './formulas.ts';
import { scopeWith } from './test-helpers.ts';
import type { Value } from './value.ts';

const { fields: _unused, ...scope } = scopeWith();

describe('applyDefaults', () => {
  const schema: FormSchema = {
    fields: [
      { key: 'day', label: '日期', type: 'date', default: { expr: 'today()' } },
      { key: 'dept', label: '科室', type: 'department', default: { expr: 'initiator.dept' } },
      { key: 'kind', label: '类别', type: 'select', options: ['a', 'b'], default: { value: 'a' } },
      {
        key: 'tags',
        label: '标签',
        type: 'multiselect',
        options: ['x'],
        default: { value: ['x'] },
      },
      { key: 'note', label: '备注', type: 'text', default: { expr: 'kind + "-" + day' } },
      { key: 'empty', label: '空', type: 'text', default: { expr: 'missing' } },
      { key: 'total', label: '合计', type: 'formula', formula: '1' },
      {
        key: 'items',
        label: '明细',
        type: 'table',
        columns: [
          { key: 'unit', label: '单位', type: 'text', default: { value: '元' } },
          { key: 'owner', label: '经办', type: 'person', default: { expr: 'initiator.id' } },
        ],
      },
    ],
  };

  it('fills absent fields from values and expressions, in schema order', () => {
    expect(applyDefaults(schema, {}, scope)).toEqual({
      day: '2026-03-02',
      dept: 'surg1',
      kind: 'a',
      tags: ['x'],
      note: 'a-2026-03-02',
    });
  });

  it('keeps what the user gave, even null or ""', () => {
    const given = { day: '2026-01-01', kind: null, note: '' };
    expect(applyDefaults(schema, given, scope)).toMatchObject(given);
    expect(applyDefaults(schema, given, scope).dept).toBe('surg1');
  });

  it('fills row defaults and leaves the input untouched', () => {
    const values: Record<string, Value> = { items: [{ unit: '件' }, {}] };
    const result = applyDefaults(schema, values, scope);
    expect(result.items).toEqual([
      { unit: '件', owner: 'zhang' },
      { unit: '元', owner: 'zhang' },
    ]);
    expect(values).toEqual({ items: [{ unit: '件' }, {}] });
  });

  it('copies constant defaults so later edits cannot change the schema', () => {
    const result = applyDefaults(schema, {}, scope);
    (result.tags as string[]).push('y');
    expect(applyDefaults(schema, {}, scope).tags).toEqual(['x']);
  });
});

describe('computeFormulas', () => {
  const schema: FormSchema = {
    fields: [
      { key: 'grand', label: '总计', type: 'formula', formula: 'total + fee' },
      {
        key: 'items',
        label: '明细',
        type: 'table',
        columns: [
          { key: 'qty', label: '数量', type: 'number' },
          { key: 'price', label: '单价', type: 'money' },
          { key: 'taxed', label: '含税', type: 'formula', formula: 'subtotal * (1 + rate)' },
          { key: 'subtotal', label: '小计', type: 'formula', formula: 'qty * price' },
        ],
      },
      { key: 'rate', label: '税率', type: 'number' },
      { key: 'total', label: '合计', type: 'formula', formula: 'sum(items.subtotal)' },
      { key: 'fee', label: '手续费', type: 'formula', formula: 'if(total > 100, 0, 5)' },
    ],
  };

  it('computes row formulas, then form formulas, each after what it reads', () => {
    const values = {
      rate: 0.1,
      items: [
        { qty: 3, price: 19.99 },
        { qty: 1, price: 0.1 },
      ],
    };
    expect(computeFormulas(schema, values, scope)).toEqual({
      rate: 0.1,
      items: [
        { qty: 3, price: 19.99, subtotal: 59.97, taxed: 65.967 },
        { qty: 1, price: 0.1, subtotal: 0.1, taxed: 0.11 },
      ],
      total: 60.07,
      fee: 5,
      grand: 65.07,
    });
  });

  it('overwrites formula values that were sent in', () => {
    expect(computeFormulas(schema, { total: 999, items: [] }, scope)).toMatchObject({
      total: 0,
      fee: 5,
      grand: 5,
    });
  });

  it('gives null where data is missing, and leaves odd rows alone', () => {
    const result = computeFormulas(schema, { items: [{ qty: 2 }, 'odd'] }, scope);
    expect(result.items).toEqual([{ qty: 2, subtotal: null, taxed: null }, 'odd']);
    expect(result.total).toBe(0);
  });

  it('matches the conformance total of 10-forms', () => {
    const travel: FormSchema = {
      fields: [
        {
          key: 'items',
          label: '费用明细',
          type: 'table',
          columns: [{ key: 'amount', label: '金额', type: 'money' }],
        },
        { key: 'total', label: '合计', type: 'formula', formula: 'sum(items.amount)' },
      ],
    };
    const result = computeFormulas(travel, { items: [{ amount: 900 }, { amount: 650.5 }] }, scope);
    expect(result.total).toBe(1550.5);
  });

  it('still answers for a schema with a cycle (which the deploy check refuses)', () => {
    const cyclic: FormSchema = {
      fields: [
        { key: 'a', label: 'A', type: 'formula', formula: 'b' },
        { key: 'b', label: 'B', type: 'formula', formula: 'a' },
        { key: 'c', label: 'C', type: 'formula', formula: 'nope(' },
      ],
    };
    expect(computeFormulas(cyclic, {}, scope)).toEqual({ a: null, b: null, c: null });
  });
});
