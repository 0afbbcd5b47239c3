import { formSchema, type FieldDefinition } from '@yuanwu/form-engine';
import type { IdMap } from './ids.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The form fields of a definition, when its form is well-formed (else none). */
export function fieldsOf(definition: unknown): FieldDefinition[] {
  if (!isObject(definition)) return [];
  const parsed = formSchema.safeParse(definition.form);
  return parsed.success ? parsed.data.fields : [];
}

/**
 * A scenario's process definition in the system's keys: people in assignee
 * rules and person defaults become UUIDs, roles their codes, and literals
 * compared with people or departments in expressions are translated. Anything
 * malformed is left as it is, so the server reports it.
 */
export function definitionToSystem(definition: unknown, ids: IdMap): unknown {
  if (!isObject(definition)) return definition;
  const fields = fieldsOf(definition);
  const copy = structuredClone(definition);
  if (isObject(copy.form) && Array.isArray(copy.form.fields)) {
    copy.form.fields = copy.form.fields.map((field) => fieldToSystem(field, fields, ids));
  }
  if (Array.isArray(copy.nodes)) {
    for (const node of copy.nodes) {
      if (!isObject(node) || !isObject(node.assignee)) continue;
      const rule = node.assignee;
      if (Array.isArray(rule.people)) {
        rule.people = (rule.people as unknown[]).map((p) =>
          typeof p === 'string' ? ids.person(p) : p,
        );
      }
      if (typeof rule.role === 'string') rule.role = ids.roles.get(rule.role) ?? rule.role;
    }
  }
  if (Array.isArray(copy.edges)) {
    for (const edge of copy.edges) {
      if (isObject(edge) && typeof edge.when === 'string') {
        edge.when = ids.expressionToSystem(edge.when, fields);
      }
    }
  }
  return copy;
}

function fieldToSystem(field: unknown, fields: FieldDefinition[], ids: IdMap): unknown {
  if (!isObject(field)) return field;
  if (typeof field.formula === 'string') {
    field.formula = ids.expressionToSystem(field.formula, fields);
  }
  if (isObject(field.default)) {
    const fallback = field.default;
    if (typeof fallback.expr === 'string') {
      fallback.expr = ids.expressionToSystem(fallback.expr, fields);
    }
    if ('value' in fallback && (field.type === 'person' || field.type === 'department')) {
      const one = (v: unknown) =>
        typeof v === 'string' ? (field.type === 'person' ? ids.person(v) : ids.department(v)) : v;
      fallback.value = Array.isArray(fallback.value)
        ? fallback.value.map(one)
        : one(fallback.value);
    }
  }
  if (field.type === 'table' && Array.isArray(field.columns)) {
    field.columns = field.columns.map((column) => fieldToSystem(column, fields, ids));
  }
  return field;
}
