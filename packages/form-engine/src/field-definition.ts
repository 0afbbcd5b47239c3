import { z } from 'zod';
import type { Value } from './value.ts';

/** A default filled in when a form is created: a constant, or an expression evaluated then. */
export type FieldDefault = { value: Value } | { expr: string };

/** What every field has. `placeholder`, `help` and `span` are for the designer and ignored by checks. */
interface FieldBase {
  key: string;
  label: string;
  required?: boolean;
  default?: FieldDefault;
  placeholder?: string;
  help?: string;
  /** Columns the field spans in the form's 4-column grid, 1–4. */
  span?: number;
}

/** What a budget line offers to the fields a lookup fills. */
export type BudgetColumn = 'name' | 'total' | 'used' | 'remaining';

/**
 * A text field whose value is picked from a data source (its code); picking one copies the
 * named columns of the picked entry into other fields of the same form (or the same row).
 */
export interface FieldLookup {
  source: 'budget';
  /** Target field key → the column copied into it. */
  fill: Record<string, BudgetColumn>;
}

export interface TextField extends FieldBase {
  type: 'text' | 'textarea';
  lookup?: FieldLookup;
  /** In characters (code points), so one Chinese character counts once. */
  maxLength?: number;
  /** ECMAScript regular expression that must match the whole value. */
  pattern?: string;
}

export interface NumberField extends FieldBase {
  /** `money` has at most two decimals (to the cent). */
  type: 'number' | 'money';
  min?: number;
  max?: number;
}

export interface DateField extends FieldBase {
  /** `date`: `YYYY-MM-DD`; `datetime`: ISO 8601 with its offset. */
  type: 'date' | 'datetime';
}

export interface ChoiceField extends FieldBase {
  type: 'select' | 'multiselect';
  options: string[];
}

export interface PartyField extends FieldBase {
  /** A person or department id, or an array of them when `multiple`. */
  type: 'person' | 'department';
  multiple?: boolean;
}

export interface TableField extends FieldBase {
  /** 明细表: an array of rows, each row an object keyed by column. */
  type: 'table';
  columns: FieldDefinition[];
  /** Row bounds apply whenever the field is present, required or not. */
  minRows?: number;
  maxRows?: number;
}

export interface AttachmentField extends FieldBase {
  /** 附件: the ids of uploaded files (`POST /files`), in the order they were added. */
  type: 'attachment';
  maxFiles?: number;
}

export interface FormulaField extends FieldBase {
  /** Computed from `formula`; never written by people. */
  type: 'formula';
  formula: string;
}

/**
 * A heading that groups the fields after it (分组标题). Layout only: it holds no value, takes
 * no default, and validation, defaults and formulas pass it by.
 */
export interface SectionField extends Omit<FieldBase, 'default' | 'required'> {
  type: 'section';
  // Never set; declared so code reading `field.default` or `field.required` needs no narrowing.
  default?: undefined;
  required?: undefined;
}

/** One field of a form, in the interchange format of the conformance scenarios. */
export type FieldDefinition =
  | TextField
  | NumberField
  | DateField
  | ChoiceField
  | PartyField
  | TableField
  | FormulaField
  | AttachmentField
  | SectionField;

/** Fields that hold a value (everything but layout). */
export type ValueField = Exclude<FieldDefinition, SectionField>;

/** True for fields that hold a value; sections are layout only. */
export function holdsValue(field: FieldDefinition): field is ValueField {
  return field.type !== 'section';
}

export type FieldType = FieldDefinition['type'];

/** A form: its fields in display order. */
export interface FormSchema {
  fields: FieldDefinition[];
}

/** Any JSON value, as a zod schema. */
export const valueSchema: z.ZodType<Value> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(valueSchema),
    z.record(z.string(), valueSchema),
  ]),
);

const fieldDefault: z.ZodType<FieldDefault> = z.union([
  z.object({ value: valueSchema }),
  z.object({ expr: z.string() }),
]);

const count = z.number().int().min(0);

const fieldLookup: z.ZodType<FieldLookup> = z.object({
  source: z.literal('budget'),
  fill: z.record(z.string(), z.enum(['name', 'total', 'used', 'remaining'])),
});

// Unknown keys are dropped rather than refused: other designers may store more (README).
const base = {
  key: z
    .string()
    .regex(/^[\p{L}_][\p{L}\p{N}_]*$/u, '字段标识只能包含字母、数字和下划线，且不能以数字开头'),
  label: z.string(),
  required: z.boolean().optional(),
  default: fieldDefault.optional(),
  placeholder: z.string().optional(),
  help: z.string().optional(),
  span: z.number().int().min(1).max(4).optional(),
};

/** Parses one field definition (tables nest their columns as fields). */
export const fieldDefinition: z.ZodType<FieldDefinition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({
      ...base,
      type: z.enum(['text', 'textarea']),
      maxLength: count.optional(),
      pattern: z.string().optional(),
      lookup: fieldLookup.optional(),
    }),
    z.object({
      ...base,
      type: z.enum(['number', 'money']),
      min: z.number().optional(),
      max: z.number().optional(),
    }),
    z.object({ ...base, type: z.enum(['date', 'datetime']) }),
    z.object({ ...base, type: z.enum(['select', 'multiselect']), options: z.array(z.string()) }),
    z.object({ ...base, type: z.enum(['person', 'department']), multiple: z.boolean().optional() }),
    z.object({
      ...base,
      type: z.literal('table'),
      columns: z.array(fieldDefinition),
      minRows: count.optional(),
      maxRows: count.optional(),
    }),
    z.object({ ...base, type: z.literal('formula'), formula: z.string() }),
    z.object({
      ...base,
      type: z.literal('attachment'),
      maxFiles: z.number().int().min(1).optional(),
    }),
    z.object({
      type: z.literal('section'),
      key: base.key,
      label: base.label,
      placeholder: base.placeholder,
      help: base.help,
      span: base.span,
    }),
  ]),
);

/** Parses a form: `{ fields: [...] }`. */
export const formSchema: z.ZodType<FormSchema> = z.object({ fields: z.array(fieldDefinition) });
