import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from './field-definition.ts';
import { checkFormSchema } from './schema-check.ts';

const items: FieldDefinition = {
  key: 'items',
  label: '费用明细',
  type: 'table',
  columns: [
    { key: 'qty', label: '数量', type: 'number' },
    { key: 'price', label: '单价', type: 'money' },
    { key: 'subtotal', label: '小计', type: 'formula', formula: 'qty * price' },
  ],
};
const amount: FieldDefinition = { key: 'amount', label: '金额', type: 'money' };
const check = (...fields: FieldDefinition[]) => checkFormSchema({ fields });

describe('checkFormSchema: fields', () => {
  it('accepts a sound form', () => {
    expect(
      check(
        amount,
        items,
        { key: 'total', label: '合计', type: 'formula', formula: 'sum(items.subtotal) + tax' },
        { key: 'tax', label: '税', type: 'formula', formula: 'round(amount * 0.06, 2)' },
        { key: 'day', label: '日期', type: 'date', default: { expr: 'today()' } },
        {
          key: 'kind',
          label: '类别',
          type: 'select',
          options: ['a', 'b'],
          default: { value: 'a' },
        },
      ),
    ).toEqual([]);
  });

  it('refuses duplicate and reserved keys', () => {
    expect(check(amount, { ...amount, label: '又一个' })).toEqual([
      { path: 'fields[1].key', message: '字段标识“amount”重复' },
    ]);
    for (const key of ['initiator', 'true', 'null', 'in']) {
      expect(check({ key, label: 'x', type: 'text' })[0]?.path).toBe('fields[0].key');
    }
  });

  it('needs options for selects, without duplicates', () => {
    expect(check({ key: 's', label: 'S', type: 'select', options: [] })).toEqual([
      { path: 'fields[0].options', message: '“S”没有可选项' },
    ]);
    expect(check({ key: 's', label: 'S', type: 'multiselect', options: ['a', 'a'] })[0]?.path).toBe(
      'fields[0].options',
    );
  });

  it('checks patterns and bounds', () => {
    expect(check({ key: 't', label: 'T', type: 'text', pattern: '(' })[0]?.path).toBe(
      'fields[0].pattern',
    );
    expect(check({ key: 'n', label: 'N', type: 'number', min: 5, max: 1 })[0]?.path).toBe(
      'fields[0].max',
    );
    expect(check({ ...items, minRows: 3, maxRows: 1 })[0]?.path).toBe('fields[0].maxRows');
  });

  it('checks table columns', () => {
    const nested: FieldDefinition = { key: 't', label: 'T', type: 'table', columns: [items] };
    expect(check(nested).map((e) => e.path)).toEqual(['fields[0].columns[0].type']);
    expect(check({ key: 't', label: 'T', type: 'table', columns: [] })[0]?.path).toBe(
      'fields[0].columns',
    );
    const twice: FieldDefinition = {
      key: 't',
      label: 'T',
      type: 'table',
      columns: [amount, amount],
    };
    expect(check(twice)[0]?.path).toBe('fields[0].columns[1].key');
    const badOption: FieldDefinition = {
      key: 't',
      label: 'T',
      type: 'table',
      columns: [{ key: 's', label: 'S', type: 'select', options: [] }],
    };
    expect(check(badOption)[0]?.path).toBe('fields[0].columns[0].options');
  });

  it('checks constant defaults against the field', () => {
    expect(check({ ...amount, default: { value: 1.234 } })[0]?.path).toBe(
      'fields[0].default.value',
    );
    expect(
      check({ key: 's', label: 'S', type: 'select', options: ['a'], default: { value: 'b' } })[0]
        ?.path,
    ).toBe('fields[0].default.value');
    expect(check({ ...amount, default: { value: null } })).toEqual([]);
    expect(check({ ...items, default: { value: [{ qty: 'x' }] } })[0]?.path).toBe(
      'fields[0].default.value',
    );
  });
});

describe('checkFormSchema: expressions', () => {
  it('reports formulas and default expressions that do not parse, at their path', () => {
    expect(check(amount, { key: 'f', label: 'F', type: 'formula', formula: 'amount *' })).toEqual([
      { path: 'fields[1].formula', message: '表达式第 9 个字符处缺少内容，表达式不完整' },
    ]);
    expect(check({ ...amount, default: { expr: 'nope(1)' } })[0]?.path).toBe(
      'fields[0].default.expr',
    );
  });

  it('reports unknown fields and columns', () => {
    expect(
      check({ key: 'f', label: 'F', type: 'formula', formula: 'ghost + 1' })[0]?.message,
    ).toContain('“ghost”');
    expect(
      check(items, { key: 'f', label: 'F', type: 'formula', formula: 'sum(items.ghost)' })[0]
        ?.message,
    ).toContain('没有“ghost”列');
    expect(
      check(amount, { key: 'f', label: 'F', type: 'formula', formula: 'amount.x' })[0]?.message,
    ).toContain('不是表格');
    expect(
      check({ key: 'f', label: 'F', type: 'formula', formula: 'initiator.name' })[0]?.message,
    ).toContain('initiator');
  });

  it('lets row formulas read their columns and the form, but not columns of other rows by bare name', () => {
    const rate: FieldDefinition = { key: 'rate', label: '税率', type: 'number' };
    const withRate: FieldDefinition = {
      ...items,
      columns: [
        ...(items as { columns: FieldDefinition[] }).columns,
        { key: 'tax', label: '税', type: 'formula', formula: 'subtotal * rate' },
      ],
    };
    expect(check(rate, withRate)).toEqual([]);
    expect(
      check({ key: 'f', label: 'F', type: 'formula', formula: 'qty' }, items)[0]?.message,
    ).toContain('“qty”');
  });

  it('keeps row formulas off the form formulas, which run after them', () => {
    const total: FieldDefinition = {
      key: 'total',
      label: '合计',
      type: 'formula',
      formula: 'sum(items.price)',
    };
    const reader: FieldDefinition = {
      key: 'items',
      label: '明细',
      type: 'table',
      columns: [
        { key: 'price', label: '价', type: 'money' },
        { key: 'share', label: '占比', type: 'formula', formula: 'price / total' },
      ],
    };
    expect(check(reader, total)).toEqual([
      {
        path: 'fields[0].columns[1].formula',
        message: '明细表的公式不能引用表外的公式字段“total”',
      },
    ]);
  });

  it('detects cycles between formulas, at the top level and in rows', () => {
    const cycle = check(
      { key: 'a', label: 'A', type: 'formula', formula: 'b + 1' },
      { key: 'b', label: 'B', type: 'formula', formula: 'c + 1' },
      { key: 'c', label: 'C', type: 'formula', formula: 'a + 1' },
    );
    expect(cycle).toEqual([
      { path: 'fields[0].formula', message: '公式之间存在循环引用：a → b → c → a' },
    ]);
    expect(check({ key: 's', label: 'S', type: 'formula', formula: 's' })[0]?.message).toContain(
      's → s',
    );
    const rowCycle: FieldDefinition = {
      key: 't',
      label: 'T',
      type: 'table',
      columns: [
        { key: 'x', label: 'X', type: 'formula', formula: 'y' },
        { key: 'y', label: 'Y', type: 'formula', formula: 'x' },
      ],
    };
    expect(check(rowCycle)[0]?.path).toBe('fields[0].columns[0].formula');
  });
});
