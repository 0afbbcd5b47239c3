/** A form field as the start page receives it (the parts a filler needs). */
interface Field {
  key: string;
  type: string;
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: string;
  options?: unknown[];
  multiple?: boolean;
  columns?: Field[];
  minRows?: number;
  lookup?: unknown;
}

export interface FillContext {
  personId: string;
  departmentId: string;
  budgetCode: string | null;
  today: string;
}

/**
 * Fills a start form the way a person would: every field with a plausible value
 * within its bounds. Returns null when the form asks for something a generic filler
 * cannot know (a required field with a pattern), so that process is left out.
 */
export function fillForm(fields: Field[], context: FillContext): Record<string, unknown> | null {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueFor(field, context);
    if (value === undefined) {
      if (field.required) return null;
      continue;
    }
    values[field.key] = value;
  }
  return values;
}

function valueFor(field: Field, context: FillContext): unknown {
  if (field.pattern !== undefined) return undefined;
  switch (field.type) {
    case 'text':
      if (field.lookup !== undefined) return context.budgetCode ?? undefined;
      return '日常工作需要'.slice(0, field.maxLength ?? 50);
    case 'textarea':
      return '因科室日常工作需要，特此申请，请领导审批。'.slice(0, field.maxLength ?? 200);
    case 'number':
      return field.min !== undefined && field.min > 1 ? field.min : Math.min(field.max ?? 2, 2);
    case 'money':
      return Math.min(field.max ?? 1280.5, Math.max(field.min ?? 0, 1280.5));
    case 'date':
      return context.today;
    case 'datetime':
      return `${context.today}T09:00:00+08:00`;
    case 'select':
      return field.options?.[0];
    case 'multiselect':
      return field.options?.slice(0, 1);
    case 'person':
      return field.multiple ? [context.personId] : context.personId;
    case 'department':
      return field.multiple ? [context.departmentId] : context.departmentId;
    case 'table': {
      const rows = Math.max(field.minRows ?? 1, 1);
      const row = fillForm(field.columns ?? [], context);
      return row === null ? undefined : Array.from({ length: rows }, () => ({ ...row }));
    }
    default:
      return undefined; // formula, attachment, section and anything newer: left empty
  }
}
