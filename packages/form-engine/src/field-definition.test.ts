import { describe, expect, it } from 'vitest';
import { fieldDefinition, formSchema } from './field-definition.ts';

describe('fieldDefinition', () => {
  it('parses every type with its extra keys', () => {
    const fields = [
      { key: 'a', label: 'A', type: 'text', maxLength: 10, pattern: '\\w+' },
      { key: 'b', label: 'B', type: 'textarea' },
      { key: 'c', label: 'C', type: 'number', min: 0, max: 9 },
      { key: 'd', label: 'D', type: 'money', required: true },
      { key: 'e', label: 'E', type: 'date' },
      { key: 'f', label: 'F', type: 'datetime' },
      { key: 'g', label: 'G', type: 'select', options: ['x'] },
      { key: 'h', label: 'H', type: 'multiselect', options: ['x', 'y'] },
      { key: 'i', label: 'I', type: 'person', multiple: true },
      { key: 'j', label: 'J', type: 'department' },
      {
        key: 'k',
        label: 'K',
        type: 'table',
        minRows: 1,
        maxRows: 5,
        columns: [{ key: 'x', label: 'X', type: 'money' }],
      },
      { key: 'l', label: 'L', type: 'formula', formula: 'sum(k.x)' },
    ];
    const parsed = formSchema.safeParse({ fields });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ fields });
  });

  it('keeps designer extras and defaults, and drops unknown keys', () => {
    const parsed = fieldDefinition.parse({
      key: 'reason',
      label: '事由',
      type: 'text',
      placeholder: '请输入',
      help: '写明用途',
      span: 2,
      default: { value: '无' },
      colour: 'red',
    });
    expect(parsed).toEqual({
      key: 'reason',
      label: '事由',
      type: 'text',
      placeholder: '请输入',
      help: '写明用途',
      span: 2,
      default: { value: '无' },
    });
    expect(
      fieldDefinition.parse({ key: 'd', label: 'D', type: 'date', default: { expr: 'today()' } }),
    ).toMatchObject({
      default: { expr: 'today()' },
    });
  });

  it.each([
    ['an unknown type', { key: 'a', label: 'A', type: 'colour' }],
    ['a select without options', { key: 'a', label: 'A', type: 'select' }],
    ['a formula without formula', { key: 'a', label: 'A', type: 'formula' }],
    ['a table without columns', { key: 'a', label: 'A', type: 'table' }],
    ['a key that is not an identifier', { key: 'budget-code', label: 'A', type: 'text' }],
    ['a key starting with a digit', { key: '1st', label: 'A', type: 'text' }],
    ['span 5', { key: 'a', label: 'A', type: 'text', span: 5 }],
    ['span 0', { key: 'a', label: 'A', type: 'text', span: 0 }],
    ['a negative maxLength', { key: 'a', label: 'A', type: 'text', maxLength: -1 }],
    ['fractional minRows', { key: 'a', label: 'A', type: 'table', columns: [], minRows: 0.5 }],
    [
      'a default that is neither value nor expr',
      { key: 'a', label: 'A', type: 'text', default: {} },
    ],
    ['a missing label', { key: 'a', type: 'text' }],
    [
      'a bad column',
      { key: 'a', label: 'A', type: 'table', columns: [{ key: 'x', type: 'nope' }] },
    ],
  ])('refuses %s', (_name, field) => {
    expect(fieldDefinition.safeParse(field).success).toBe(false);
  });

  it('accepts keys in Chinese', () => {
    expect(fieldDefinition.safeParse({ key: '金额', label: '金额', type: 'money' }).success).toBe(
      true,
    );
  });
});
