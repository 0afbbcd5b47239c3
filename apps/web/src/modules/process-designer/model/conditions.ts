import { parseExpression, type Expression } from '@yuanwu/form-engine';

export const comparisonOps = ['==', '!=', '>', '>=', '<', '<=', 'in'] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

/** One visual rule: a field compared with a value (for `in`: values separated by commas). */
export interface Rule {
  field: string;
  op: ComparisonOp;
  value: string;
}

/** Groups joined by “或”; rules inside a group joined by “且”. */
export type RuleGroups = Rule[][];

function literal(value: string, numeric: boolean): string {
  const trimmed = value.trim();
  if (numeric && trimmed !== '' && Number.isFinite(Number(trimmed))) return String(Number(trimmed));
  return JSON.stringify(trimmed);
}

/** Writes the visual rules in the shared expression language. */
export function toExpression(groups: RuleGroups, numericFields: ReadonlySet<string>): string {
  const complete = groups
    .map((group) => group.filter((rule) => rule.field !== '' && rule.value.trim() !== ''))
    .filter((group) => group.length > 0);
  const written = complete.map((group) => {
    const rules = group.map((rule) => {
      const numeric = numericFields.has(rule.field);
      if (rule.op === 'in') {
        const items = rule.value.split(/[,，]/).map((item) => literal(item, numeric));
        return `${rule.field} in [${items.join(', ')}]`;
      }
      return `${rule.field} ${rule.op} ${literal(rule.value, numeric)}`;
    });
    return complete.length > 1 && rules.length > 1 ? `(${rules.join(' && ')})` : rules.join(' && ');
  });
  return written.join(' || ');
}

function flatten(expression: Expression, operator: '||' | '&&'): Expression[] {
  if (expression.kind === 'binary' && expression.operator === operator) {
    return [...flatten(expression.left, operator), ...flatten(expression.right, operator)];
  }
  return [expression];
}

function valueText(expression: Expression): string | null {
  if (expression.kind === 'literal' && expression.value !== null) return String(expression.value);
  if (expression.kind === 'unary' && expression.operator === '-') {
    const inner = valueText(expression.operand);
    return inner === null ? null : `-${inner}`;
  }
  if (expression.kind === 'array') {
    const items = expression.items.map(valueText);
    return items.every((item) => item !== null) ? items.join(',') : null;
  }
  return null;
}

function ruleOf(expression: Expression): Rule | null {
  if (expression.kind !== 'binary' || expression.left.kind !== 'field') return null;
  const op = expression.operator as ComparisonOp;
  if (!comparisonOps.includes(op)) return null;
  const value = valueText(expression.right);
  return value === null ? null : { field: expression.left.name, op, value };
}

/** Reads an expression back into visual rules, or null when it has another shape. */
export function fromExpression(source: string): RuleGroups | null {
  if (source.trim() === '') return [[]];
  const parsed = parseExpression(source);
  if (!parsed.ok) return null;
  const groups = flatten(parsed.expression, '||').map((group) => flatten(group, '&&').map(ruleOf));
  if (groups.some((group) => group.some((rule) => rule === null))) return null;
  return groups as RuleGroups;
}
