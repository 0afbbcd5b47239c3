import { fromExpression } from '../model/conditions.ts';
import { designerMessages as m } from '../messages.ts';

/**
 * A branch condition as people read it on the canvas (金额 大于 5000 且 类别 等于 医疗设备),
 * with field labels instead of keys; the expression itself when it has another shape.
 */
export function conditionSummary(when: string, field: (key: string) => string): string {
  const groups = fromExpression(when);
  if (!groups || groups.every((group) => group.length === 0)) return when;
  return groups
    .map((group) =>
      group
        .map((rule) => `${field(rule.field)} ${m.condition.ops[rule.op]} ${rule.value}`)
        .join(` ${m.condition.and} `),
    )
    .join(` ${m.condition.or} `);
}
