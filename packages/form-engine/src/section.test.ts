import { describe, expect, it } from 'vitest';
import { applyDefaults } from './defaults.ts';
import { formSchema, holdsValue, type FormSchema } from './field-definition.ts';
import { computeFormulas } from './formulas.ts';
import { checkFormSchema } from './schema-check.ts';
import { scopeWith } from './test-helpers.ts';
import { validateFormValues } from './validate-values.ts';

const schema: FormSchema = {
  fields: [
    { key: 'basic', label: '基本信息', type: 'section', span: 4 },
    { key: 'amount', label: '金额', type: 'money', required: true },
    { key: 'double', label: '两倍', type: 'formula', formula: 'amount * 2' },
  ],
};
const strict = { requireRequired: true };

describe('section fields (分组标题)', () => {
  it('parse with a key and a label, dropping value settings', () => {
    const parsed = formSchema.parse({
      fields: [{ key: 's', label: '费用', type: 'section', required: true, default: { value: 1 } }],
    });
    expect(parsed.fields[0]).toEqual({ key: 's', label: '费用', type: 'section' });
    expect(holdsValue(parsed.fields[0]!)).toBe(false);
  });

  it('are passed by validation and refuse a value under their key', () => {
    expect(validateFormValues(schema, { amount: 5 }, strict)).toEqual([]);
    expect(validateFormValues(schema, { amount: 5, basic: 'x' }, strict)).toEqual([
      { path: 'basic', message: '表单中没有字段“basic”' },
    ]);
  });

  it('take no default and no formula value', () => {
    const scope = scopeWith();
    const filled = applyDefaults(schema, { amount: 3 }, scope);
    expect(computeFormulas(schema, filled, scope)).toEqual({ amount: 3, double: 6 });
  });

  it('cannot be read by expressions nor sit in a table', () => {
    const problems = checkFormSchema({
      fields: [
        ...schema.fields,
        { key: 'bad', label: '坏', type: 'formula', formula: 'basic' },
        {
          key: 'rows',
          label: '明细',
          type: 'table',
          columns: [
            { key: 'part', label: '分组', type: 'section' },
            { key: 'n', label: '数', type: 'number' },
          ],
        },
      ],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'fields[4].columns[0].type',
      'fields[3].formula',
    ]);
    expect(checkFormSchema(schema)).toEqual([]);
  });
});
