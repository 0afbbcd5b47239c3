import { describe, expect, it } from 'vitest';
import { parseProcessDefinition } from './parse-definition.ts';
import { process } from './testing/fixtures.ts';

/** A form with a value, a section, a table and an attachment list. */
const form = {
  fields: [
    { key: 'amount', label: '金额', type: 'money' },
    { key: 'detail', label: '明细', type: 'section' },
    {
      key: 'items',
      label: '报销明细',
      type: 'table',
      columns: [
        { key: 'kind', label: '类别', type: 'text' },
        { key: 'amount', label: '金额', type: 'money' },
      ],
    },
    { key: 'files', label: '附件', type: 'attachment' },
  ],
};

/** A gateway whose first exit carries `when`. */
function gateway(when: string) {
  return process(
    [
      { id: 'start', type: 'start' },
      { id: 'x', type: 'exclusive' },
      { id: 'end', type: 'end' },
    ],
    [
      { from: 'start', to: 'x' },
      { from: 'x', to: 'end', when },
      { from: 'x', to: 'end', default: true },
    ],
    { form },
  );
}

/** The problems of a definition with this condition: [path, message] pairs. */
function problems(when: string): [string, string][] {
  const parsed = parseProcessDefinition(gateway(when));
  if (parsed.ok) return [];
  expect(parsed.error.code).toBe('validation');
  return parsed.error.details.map((detail) => [detail.path, detail.message]);
}

describe('branch conditions at deploy', () => {
  it('accepts values, aggregates of tables and membership in a column', () => {
    expect(problems('amount > 5000')).toEqual([]);
    expect(problems('count(items) > 3 || sum(items.amount) >= 1000')).toEqual([]);
    expect(problems('max(items.amount) > 500 && count(files) == 0')).toEqual([]);
    expect(problems('"差旅" in items.kind')).toEqual([]);
  });

  it('refuses a section, naming the condition and saying why', () => {
    const found = problems('detail == "x"');
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe('edges[1].when');
    expect(found[0]?.[1]).toContain('分组标题“detail”');
    expect(problems('amount > 1 && !detail')[0]?.[0]).toBe('edges[1].when');
    expect(problems('count(detail) > 0')[0]?.[1]).toContain('分组');
  });

  it('refuses a table, a column or an attachment list used as one value', () => {
    for (const when of [
      'items > 0',
      'items.amount > 5000',
      'amount + items.amount > 1',
      'files == null',
      'items in ["a"]',
      '-items.amount < 0',
    ]) {
      const found = problems(when);
      expect(found, when).toHaveLength(1);
      expect(found[0]?.[0], when).toBe('edges[1].when');
      expect(found[0]?.[1], when).toContain('sum()');
    }
  });

  it('refuses unknown table columns and members of non-tables', () => {
    expect(problems('sum(items.price) > 1')[0]?.[1]).toContain('没有“price”列');
    expect(problems('amount.cents > 1')[0]?.[1]).toContain('不是表格');
    expect(problems('salary > 1')[0]?.[1]).toContain('不存在的字段');
  });
});
