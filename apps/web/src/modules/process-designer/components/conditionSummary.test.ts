import { describe, expect, it } from 'vitest';
import { conditionSummary } from './conditionSummary.ts';

const labels: Record<string, string> = { money: '金额', type: '类别' };
const field = (key: string) => labels[key] ?? key;

describe('branch conditions on the canvas', () => {
  it('reads rules with field labels and the operators in words', () => {
    expect(conditionSummary('money > 5000 && type == "医疗设备"', field)).toBe(
      '金额 大于 5000 且 类别 等于 医疗设备',
    );
    expect(conditionSummary('money > 5000 || type == "办公设备"', field)).toBe(
      '金额 大于 5000 或 类别 等于 办公设备',
    );
  });

  it('shows an expression the rules cannot express as written', () => {
    expect(conditionSummary('money * 2 > 5000', field)).toBe('money * 2 > 5000');
  });
});
