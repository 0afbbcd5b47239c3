import type { FieldDefinition } from '@yuanwu/form-engine';

type GuessedType = Extract<
  FieldDefinition['type'],
  'date' | 'money' | 'number' | 'textarea' | 'text'
>;

// Checked in order: 金额合计 is money, 出差天数 a number, 情况说明 a long text.
const rules: readonly [RegExp, GuessedType][] = [
  [/日期|时间|起止|开始|结束|出生/, 'date'],
  [/金额|费用|预算|价|款|工资|报销/, 'money'],
  [/数量|天数|人数|次数|件数|份数|张数|小时|年限|个数/, 'number'],
  [/说明|原因|意见|事由|备注|理由|情况|描述|内容|摘要/, 'textarea'],
];

/** The field type a paper form's label suggests (申请日期 → date, 报销金额 → money, else text). */
export function guessFieldType(label: string): GuessedType {
  for (const [pattern, type] of rules) if (pattern.test(label)) return type;
  return 'text';
}

/** A label as written on paper, without the colon, the required star and stray spaces. */
export function cleanLabel(raw: string): { label: string; required: boolean } {
  const trimmed = raw.replace(/\s+/g, '').replace(/[:：]+$/, '');
  const required = /^[*＊]|[*＊]$/.test(trimmed);
  return { label: trimmed.replace(/^[*＊]+|[*＊]+$/g, ''), required };
}
