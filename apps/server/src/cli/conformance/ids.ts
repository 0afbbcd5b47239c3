import {
  parseExpression,
  printExpression,
  walkExpression,
  type Expression,
  type FieldDefinition,
} from '@yuanwu/form-engine';

/** Scenario handles ↔ the system's keys (people and departments are UUIDs, roles codes). */
export class IdMap {
  readonly people = new Map<string, string>();
  readonly departments = new Map<string, string>();
  readonly roles = new Map<string, string>();
  private readonly back = new Map<string, string>();

  constructor(mapping: {
    people: Record<string, string>;
    departments: Record<string, string>;
    roles: Record<string, string>;
  }) {
    for (const [handle, key] of Object.entries(mapping.people)) this.people.set(handle, key);
    for (const [handle, key] of Object.entries(mapping.departments)) {
      this.departments.set(handle, key);
    }
    for (const [handle, key] of Object.entries(mapping.roles)) this.roles.set(handle, key);
    for (const [handle, key] of [...this.people, ...this.departments]) this.back.set(key, handle);
  }

  /** A person handle as the system knows it (unknown handles pass through, to be refused). */
  person(handle: string): string {
    return this.people.get(handle) ?? handle;
  }

  department(handle: string): string {
    return this.departments.get(handle) ?? handle;
  }

  /** A system key back to its handle (`system` and unknown values stay as they are). */
  handle(key: string): string {
    return this.back.get(key) ?? key;
  }

  /** Every system key inside a value (form values, lists) back to handles. */
  toHandles(value: unknown): unknown {
    if (typeof value === 'string') return this.handle(value);
    if (Array.isArray(value)) return value.map((item) => this.toHandles(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.toHandles(item)]),
      );
    }
    return value;
  }

  /** Form values written by a step: person and department fields (and table columns) translated. */
  formToSystem(fields: readonly FieldDefinition[], form: unknown): unknown {
    if (form === null || typeof form !== 'object' || Array.isArray(form)) return form;
    const byKey = new Map(fields.map((field) => [field.key, field]));
    return Object.fromEntries(
      Object.entries(form).map(([key, value]) => {
        const field = byKey.get(key);
        return [key, field ? this.valueToSystem(field, value) : value];
      }),
    );
  }

  private valueToSystem(field: FieldDefinition, value: unknown): unknown {
    if (field.type === 'person' || field.type === 'department') {
      const one = (item: unknown) =>
        typeof item === 'string'
          ? field.type === 'person'
            ? this.person(item)
            : this.department(item)
          : item;
      return Array.isArray(value) ? value.map(one) : one(value);
    }
    if (field.type === 'table' && Array.isArray(value)) {
      return value.map((row) => this.formToSystem(field.columns, row));
    }
    return value;
  }

  /** Literals compared with people or departments in an expression, translated. */
  expressionToSystem(source: string, fields: readonly FieldDefinition[]): string {
    const parsed = parseExpression(source);
    if (!parsed.ok) return source;
    const kinds = partyFields(fields);
    let changed = false;
    walkExpression(parsed.expression, (node) => {
      if (node.kind !== 'binary' || !['==', '!=', 'in'].includes(node.operator)) return;
      for (const [party, other] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const kind = partyKind(party, kinds);
        if (kind) changed = this.translateLiterals(other, kind) || changed;
      }
    });
    return changed ? printExpression(parsed.expression) : source;
  }

  private translateLiterals(node: Expression, kind: 'person' | 'department'): boolean {
    const items = node.kind === 'array' ? node.items : [node];
    let changed = false;
    for (const item of items) {
      if (item.kind !== 'literal' || typeof item.value !== 'string') continue;
      const key =
        kind === 'person' ? this.people.get(item.value) : this.departments.get(item.value);
      if (key !== undefined) {
        item.value = key;
        changed = true;
      }
    }
    return changed;
  }
}

type PartyKinds = Map<string, 'person' | 'department'>;

/** `field` and `table.column` names of person and department fields. */
function partyFields(fields: readonly FieldDefinition[], prefix = ''): PartyKinds {
  const kinds: PartyKinds = new Map();
  for (const field of fields) {
    if (field.type === 'person' || field.type === 'department') {
      kinds.set(`${prefix}${field.key}`, field.type);
    }
    if (field.type === 'table') {
      for (const [name, kind] of partyFields(field.columns, `${field.key}.`)) kinds.set(name, kind);
    }
  }
  return kinds;
}

function partyKind(node: Expression, kinds: PartyKinds): 'person' | 'department' | null {
  if (node.kind === 'field') return kinds.get(node.name) ?? null;
  if (node.kind === 'member' && node.object.kind === 'field') {
    const name = `${node.object.name}.${node.property}`;
    if (name === 'initiator.id') return 'person';
    if (name === 'initiator.dept') return 'department';
    return kinds.get(name) ?? null;
  }
  return null;
}
