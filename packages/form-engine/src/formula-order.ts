import type { Expression } from './ast.ts';
import type { FieldDefinition, FormulaField } from './field-definition.ts';
import { parseCached } from './parse-cache.ts';
import { referencedFields } from './references.ts';

/** A formula field with its parsed expression and the sibling formulas it reads. */
export interface PlannedFormula {
  field: FormulaField;
  expression: Expression | null;
  dependsOn: string[];
}

export interface FormulaPlan {
  /** Every formula after the formulas it reads (schema order otherwise). */
  order: PlannedFormula[];
  /** Keys around one cycle (first repeated at the end), or null when there is none. */
  cycle: string[] | null;
}

/** Orders the formula fields among `fields` (one level: a form, or a table's columns). */
export function planFormulas(fields: readonly FieldDefinition[]): FormulaPlan {
  const formulas = new Map<string, PlannedFormula>();
  for (const field of fields) {
    if (field.type !== 'formula') continue;
    const parsed = parseCached(field.formula);
    const expression = parsed.ok ? parsed.expression : null;
    formulas.set(field.key, { field, expression, dependsOn: [] });
  }
  for (const planned of formulas.values()) {
    const reads = planned.expression ? referencedFields(planned.expression) : [];
    planned.dependsOn = reads.filter((key) => formulas.has(key));
  }

  const order: PlannedFormula[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | null = null;
  const visit = (key: string, path: string[]): void => {
    const planned = formulas.get(key);
    if (!planned || state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      cycle ??= [...path.slice(path.indexOf(key)), key];
      return;
    }
    state.set(key, 'visiting');
    for (const dependency of planned.dependsOn) visit(dependency, [...path, key]);
    state.set(key, 'done');
    order.push(planned);
  };
  for (const key of formulas.keys()) visit(key, []);
  return { order, cycle };
}
