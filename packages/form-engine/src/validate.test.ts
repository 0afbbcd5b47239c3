import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from './field-definition.ts';
import { validateFormValues, type ValidationOptions } from './validate-values.ts';
import type { Value } from './value.ts';

const strict: ValidationOptions = { requireRequired: true };

function check(
  field: FieldDefinition,
  value: Value | undefined,
  options: ValidationOptions = strict,
) {
  const values: Record<string, Value> = value === undefined ? {} : { [field.key]: value };
  return validateFormValues({ fields: [field] }, values, options);
}

const accepts = (field: FieldDefinition, ...values: Value[]) => {
  for (const value of values) expect(check(field, value), JSON.stringify(value)).toEqual([]);
};
const rejects = (field: FieldDefinition, ...values: Value[]) => {
  for (const value of values) expect(check(field, value), JSON.stringify(value)).not.toEqual([]);
};

describe('required and unknown fields', () => {
  const reason: FieldDefinition = { key: 'reason', label: '事由', type: 'text', required: true };

  it('treats missing, null, "" and [] as missing when required', () => {
    for (const value of [undefined, null, '', []] satisfies (Value | undefined)[]) {
      expect(check(reason, value)).toEqual([{ path: 'reason', message: '“事由”为必填项' }]);
    }
  });

  it('skips the required check for drafts, but not the others', () => {
    expect(check(reason, undefined, { requireRequired: false })).toEqual([]);
    expect(check(reason, 5, { requireRequired: false })).toHaveLength(1);
  });

  it('accepts an empty optional field of any type', () => {
    const optional: FieldDefinition = { key: 'n', label: '数', type: 'number', min: 1 };
    accepts(optional, null, '');
    expect(check(optional, undefined)).toEqual([]);
  });

  it('names unknown fields', () => {
    expect(validateFormValues({ fields: [reason] }, { reason: 'x', bogus: 1 }, strict)).toEqual([
      { path: 'bogus', message: '表单中没有字段“bogus”' },
    ]);
  });

  it('skips formula fields, which are computed', () => {
    const schema = {
      fields: [
        { key: 'total', label: '合计', type: 'formula', formula: '1', required: true } as const,
      ],
    };
    expect(validateFormValues(schema, {}, strict)).toEqual([]);
    expect(validateFormValues(schema, { total: 'anything' }, strict)).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const schema = { fields: [reason, { key: 'n', label: '数', type: 'number' } as const] };
    expect(validateFormValues(schema, { n: 'x', extra: 1 }, strict)).toHaveLength(3);
  });

  it('refuses values that are not an object', () => {
    expect(
      validateFormValues({ fields: [] }, [] as unknown as Record<string, Value>, strict),
    ).toHaveLength(1);
  });

  it('ignores designer extras', () => {
    accepts({ ...reason, placeholder: '请输入', help: '说明', span: 4 }, 'ok');
  });
});

describe('text and textarea', () => {
  const purpose: FieldDefinition = { key: 'purpose', label: '事由', type: 'text', maxLength: 4 };

  it('requires a string', () => {
    accepts(purpose, 'abc');
    rejects(purpose, 5, true, ['a'], { a: 'b' });
    expect(check(purpose, 5)[0]?.message).toBe('“事由”应为文本');
  });

  it('counts maxLength in code points', () => {
    accepts(purpose, '学术会议', '𠀀𠀁𠀂𠀃');
    rejects(purpose, '学术会议啊', 'abcde');
    expect(check(purpose, '学术会议啊')[0]?.message).toBe('“事由”不能超过 4 个字符');
  });

  it('matches pattern against the whole value', () => {
    const phone: FieldDefinition = {
      key: 'phone',
      label: '电话',
      type: 'textarea',
      pattern: '\\d{3}',
    };
    accepts(phone, '123');
    rejects(phone, '1234', 'a123', '12');
    const either: FieldDefinition = { key: 'e', label: 'E', type: 'text', pattern: 'ab|cd' };
    accepts(either, 'ab', 'cd');
    rejects(either, 'abcd', 'xcd');
  });

  it('uses unicode mode where the pattern allows, legacy mode otherwise', () => {
    const one: FieldDefinition = { key: 'c', label: 'C', type: 'text', pattern: '.' };
    accepts(one, '𠀀');
    const legacy: FieldDefinition = { key: 'l', label: 'L', type: 'text', pattern: 'a\\-b' };
    accepts(legacy, 'a-b');
  });

  it('does not apply an invalid pattern (the deploy check reports it)', () => {
    accepts({ key: 'x', label: 'X', type: 'text', pattern: '(' }, 'anything');
  });
});

describe('number and money', () => {
  const count: FieldDefinition = { key: 'n', label: '天数', type: 'number', min: 0, max: 30 };
  const amount: FieldDefinition = { key: 'amount', label: '金额', type: 'money', min: 0 };

  it('requires a finite number within bounds', () => {
    accepts(count, 0, 30, 2.75);
    rejects(count, '5', true, -1, 30.5);
    expect(check(count, -1)[0]?.message).toBe('“天数”不能小于 0');
    expect(check(count, 31)[0]?.message).toBe('“天数”不能大于 30');
  });

  it('allows money at most two decimals', () => {
    accepts(amount, 0, 1550.5, 10.55, 0.01, 1e9);
    rejects(amount, 10.555, 0.001, 0.1 + 0.2, -1, '10.50');
    expect(check(amount, 10.555)[0]?.message).toBe('“金额”最多保留两位小数');
  });
});

describe('date and datetime', () => {
  const day: FieldDefinition = { key: 'd', label: '日期', type: 'date' };
  const moment: FieldDefinition = { key: 't', label: '时间', type: 'datetime' };

  it('requires a real YYYY-MM-DD date', () => {
    accepts(day, '2026-03-01', '2024-02-29', '2000-02-29');
    rejects(
      day,
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-3-1',
      '2026-03-01T00:00:00Z',
      20260301,
    );
  });

  it('requires ISO 8601 with an offset', () => {
    accepts(
      moment,
      '2026-03-01T08:30:00+08:00',
      '2026-03-01T00:30:00Z',
      '2026-03-01T08:30+08:00',
      '2026-03-01T08:30:00.123-05:00',
    );
    rejects(
      moment,
      '2026-03-01T08:30:00',
      '2026-03-01',
      '2026-03-01T24:00:00Z',
      '2026-02-30T08:00:00Z',
      '2026-03-01 08:30:00+08:00',
      0,
    );
  });
});

describe('select and multiselect', () => {
  const kind: FieldDefinition = {
    key: 'kind',
    label: '类别',
    type: 'select',
    options: ['交通', '住宿'],
  };
  const tags: FieldDefinition = {
    key: 'tags',
    label: '标签',
    type: 'multiselect',
    options: ['a', 'b', 'c'],
  };

  it('select takes one of the options', () => {
    accepts(kind, '交通');
    rejects(kind, '机票', ['交通'], 1);
    expect(check(kind, '机票')[0]?.message).toBe('“机票”不是“类别”的可选项');
  });

  it('multiselect takes distinct options, naming the bad item', () => {
    accepts(tags, ['a'], ['c', 'a']);
    rejects(tags, 'a', [1]);
    expect(check(tags, ['a', 'x'])).toEqual([
      { path: 'tags[1]', message: '“x”不是“标签”的可选项' },
    ]);
    expect(check(tags, ['a', 'a'])[0]?.path).toBe('tags[1]');
  });
});

describe('person and department', () => {
  const people = new Set(['zhang', 'li']);
  const departments = new Set(['fin']);
  const lookup: ValidationOptions = {
    requireRequired: true,
    isKnownPerson: (id) => people.has(id),
    isKnownDepartment: (id) => departments.has(id),
  };
  const reviewer: FieldDefinition = { key: 'reviewer', label: '审核人', type: 'person' };
  const reviewers: FieldDefinition = {
    key: 'reviewers',
    label: '会签人',
    type: 'person',
    multiple: true,
  };
  const dept: FieldDefinition = { key: 'dept', label: '科室', type: 'department' };

  it('takes one id, or a list when multiple', () => {
    expect(check(reviewer, 'zhang', lookup)).toEqual([]);
    expect(check(reviewers, ['zhang', 'li'], lookup)).toEqual([]);
    expect(check(reviewer, ['zhang'], lookup)).toHaveLength(1);
    expect(check(reviewers, 'zhang', lookup)).toHaveLength(1);
    expect(check(reviewers, ['zhang', ''], lookup)[0]?.path).toBe('reviewers[1]');
    expect(check(reviewers, ['li', 'li'], lookup)[0]?.path).toBe('reviewers[1]');
  });

  it('asks the callbacks who exists', () => {
    expect(check(reviewer, 'ghost', lookup)).toEqual([
      { path: 'reviewer', message: '“审核人”中的人员“ghost”不存在' },
    ]);
    expect(check(reviewers, ['zhang', 'ghost'], lookup)[0]?.path).toBe('reviewers[1]');
    expect(check(dept, 'fin', lookup)).toEqual([]);
    expect(check(dept, 'zhang', lookup)[0]?.message).toContain('部门“zhang”不存在');
  });

  it('accepts any id without callbacks', () => {
    expect(check(reviewer, 'anyone')).toEqual([]);
    expect(check(dept, 'anywhere')).toEqual([]);
  });
});

describe('empty values by type', () => {
  it('takes [] as none for list fields but as the wrong type elsewhere', () => {
    accepts({ key: 'tags', label: '标签', type: 'multiselect', options: ['a'] }, []);
    accepts({ key: 'who', label: '人员', type: 'person', multiple: true }, []);
    rejects({ key: 'who', label: '人员', type: 'person' }, []);
    rejects({ key: 'text', label: '文本', type: 'text' }, []);
    rejects({ key: 'n', label: '数', type: 'number' }, []);
  });
});
