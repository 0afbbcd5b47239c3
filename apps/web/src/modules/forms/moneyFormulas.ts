import {
  parseExpression,
  walkExpression,
  type FieldDefinition,
  type FormSchema,
} from '@yuanwu/form-engine';
import { createContext, useContext } from 'react';

/**
 * Formulas that compute money: those that read a money field (or a money formula), so they
 * display as ¥ with two decimals like their inputs. Keys: `total`, or `items.subtotal` for a
 * table's column. A formula only of counts and numbers stays a plain number.
 */
export function moneyFormulaKeys(schema: FormSchema): Set<string> {
  const money = new Set<string>();
  const mark = (fields: readonly FieldDefinition[], prefix: string) => {
    for (const field of fields) {
      if (field.type === 'money') money.add(prefix + field.key);
      if (field.type === 'table') mark(field.columns, `${field.key}.`);
    }
  };
  mark(schema.fields, '');
  const formulas = schema.fields.flatMap((field) => [
    ...(field.type === 'formula' ? [{ key: field.key, prefix: '', formula: field.formula }] : []),
    ...(field.type === 'table'
      ? field.columns.flatMap((c) =>
          c.type === 'formula'
            ? [{ key: `${field.key}.${c.key}`, prefix: `${field.key}.`, formula: c.formula }]
            : [],
        )
      : []),
  ]);
  // Formulas may read formulas: repeat until nothing new turns out to be money.
  for (let changed = true; changed;) {
    changed = false;
    for (const { key, prefix, formula } of formulas) {
      if (money.has(key)) continue;
      const parsed = parseExpression(formula);
      if (!parsed.ok) continue;
      let readsMoney = false;
      walkExpression(parsed.expression, (node) => {
        if (node.kind === 'field' && (money.has(prefix + node.name) || money.has(node.name)))
          readsMoney = true;
        if (
          node.kind === 'member' &&
          node.object.kind === 'field' &&
          money.has(`${node.object.name}.${node.property}`)
        )
          readsMoney = true;
      });
      if (readsMoney) {
        money.add(key);
        changed = true;
      }
    }
  }
  return money;
}

export const MoneyFormulas = createContext<ReadonlySet<string>>(new Set());

export function useIsMoney(key: string): boolean {
  return useContext(MoneyFormulas).has(key);
}
