import { describe, expect, it } from 'vitest';
import { formSchema, type FieldDefinition } from './field-definition.ts';
import { checkFormSchema } from './schema-check.ts';
import { validateFormValues } from './validate-values.ts';

const files: FieldDefinition = { key: 'files', label: '附件', type: 'attachment', maxFiles: 2 };
const budget: FieldDefinition = {
  key: 'budget',
  label: '预算项目',
  type: 'text',
  lookup: { source: 'budget', fill: { budgetName: 'name', remaining: 'remaining' } },
};
const budgetName: FieldDefinition = { key: 'budgetName', label: '预算名称', type: 'text' };
const remaining: FieldDefinition = { key: 'remaining', label: '可用余额', type: 'money' };
const strict = { requireRequired: true };
const paths = (fields: FieldDefinition[], values: Record<string, unknown>) =>
  validateFormValues({ fields }, values as never, strict).map((error) => error.path);

describe('attachment fields', () => {
  it('parse with maxFiles and refuse a maxFiles below one', () => {
    expect(formSchema.safeParse({ fields: [files] }).success).toBe(true);
    expect(formSchema.safeParse({ fields: [{ ...files, maxFiles: 0 }] }).success).toBe(false);
  });

  it('hold a list of distinct file ids, within maxFiles', () => {
    expect(paths([files], { files: ['f1', 'f2'] })).toEqual([]);
    expect(paths([files], { files: [] })).toEqual([]);
    expect(paths([files], { files: 'f1' })).toEqual(['files']);
    expect(paths([files], { files: ['f1', 'f1'] })).toEqual(['files[1]']);
    expect(paths([files], { files: ['f1', 3] })).toEqual(['files[1]']);
    expect(paths([files], { files: ['a', 'b', 'c'] })).toEqual(['files']);
  });

  it('count [] as missing when required, also inside table rows', () => {
    const required = { ...files, required: true };
    expect(paths([required], { files: [] })).toEqual(['files']);
    const table: FieldDefinition = {
      key: 'items',
      label: '明细',
      type: 'table',
      columns: [required],
    };
    expect(paths([table], { items: [{ files: ['x'] }, {}] })).toEqual(['items[1].files']);
  });
});

describe('lookup on text fields', () => {
  it('is accepted when it fills fields of the same form that can hold the column', () => {
    expect(formSchema.safeParse({ fields: [budget, budgetName, remaining] }).success).toBe(true);
    expect(checkFormSchema({ fields: [budget, budgetName, remaining] })).toEqual([]);
  });

  it('refuses an unknown source or column in the shape', () => {
    const other = { ...budget, lookup: { source: 'hr', fill: {} } };
    expect(formSchema.safeParse({ fields: [other] }).success).toBe(false);
    const column = { ...budget, lookup: { source: 'budget', fill: { budgetName: 'owner' } } };
    expect(formSchema.safeParse({ fields: [column, budgetName] }).success).toBe(false);
  });

  it('rejects a fill target that is not a field of the form', () => {
    const errors = checkFormSchema({ fields: [budget, budgetName] });
    expect(errors.map((error) => error.path)).toEqual(['fields[0].lookup.fill.remaining']);
    expect(errors[0]?.message).toContain('不是表单中的字段');
  });

  it('rejects filling itself, a section or a field of the wrong type', () => {
    const self: FieldDefinition = {
      ...budget,
      lookup: { source: 'budget', fill: { budget: 'name' } },
    };
    expect(checkFormSchema({ fields: [self] })).toHaveLength(1);
    const wrong: FieldDefinition = { ...remaining, type: 'date' };
    expect(checkFormSchema({ fields: [budget, budgetName, wrong] })).toHaveLength(1);
    const section: FieldDefinition = { key: 'budgetName', label: '预算', type: 'section' };
    expect(checkFormSchema({ fields: [budget, section, remaining] })).toHaveLength(1);
  });

  it('fills within a table row: targets are the row columns', () => {
    const table: FieldDefinition = {
      key: 'items',
      label: '明细',
      type: 'table',
      columns: [budget, budgetName, remaining],
    };
    expect(checkFormSchema({ fields: [table] })).toEqual([]);
    const outside: FieldDefinition = { ...table, columns: [budget, budgetName] };
    expect(checkFormSchema({ fields: [outside, remaining] }).map((e) => e.path)).toEqual([
      'fields[0].columns[0].lookup.fill.remaining',
    ]);
  });

  it('validates the value as text (the budget code)', () => {
    expect(paths([budget, budgetName, remaining], { budget: 'B-01', remaining: 10.5 })).toEqual([]);
    expect(paths([budget], { budget: 12 })).toEqual(['budget']);
  });
});
