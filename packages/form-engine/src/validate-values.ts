import type { ErrorDetail } from '@yuanwu/kernel';
import {
  holdsValue,
  type FieldDefinition,
  type FormSchema,
  type TableField,
} from './field-definition.ts';
import { checkScalarValue, type PartyLookup } from './validate-field.ts';
import { isRecord, type Value } from './value.ts';

/** How strictly to validate: drafts skip the required check, every other check applies. */
export interface ValidationOptions extends PartyLookup {
  requireRequired: boolean;
}

/** Where a record sits, for paths and messages: the form itself, or one row of a table. */
interface RecordPlace {
  pathPrefix: string;
  namePrefix: string;
  unknownMessage: (key: string) => string;
}

/**
 * Checks a write against the form: unknown keys, required fields, types, bounds, options,
 * people and departments, table rows. Paths look like `items[1].amount` (rows from 0).
 * Formula fields are skipped: they are computed, and refusing writes to them is the caller's.
 */
export function validateFormValues(
  schema: FormSchema,
  values: Record<string, Value>,
  options: ValidationOptions,
): ErrorDetail[] {
  if (!isRecord(values)) return [{ path: '', message: '表单数据应为对象' }];
  const errors: ErrorDetail[] = [];
  const place = {
    pathPrefix: '',
    namePrefix: '',
    unknownMessage: (key: string) => `表单中没有字段“${key}”`,
  };
  validateRecord(schema.fields, values, place, options, errors);
  return errors;
}

/** Missing, `""` and `[]` all count as not filled in. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function validateRecord(
  fields: readonly FieldDefinition[],
  record: Record<string, unknown>,
  place: RecordPlace,
  options: ValidationOptions,
  errors: ErrorDetail[],
): void {
  // A section holds no value, so a value under its key is as unknown as any other.
  const known = new Set(fields.filter(holdsValue).map((field) => field.key));
  for (const key of Object.keys(record)) {
    if (!known.has(key))
      errors.push({ path: place.pathPrefix + key, message: place.unknownMessage(key) });
  }
  for (const field of fields) {
    if (field.type === 'formula' || field.type === 'section') continue;
    const value = Object.hasOwn(record, field.key) ? record[field.key] : undefined;
    const path = place.pathPrefix + field.key;
    const name = `${place.namePrefix}“${field.label || field.key}”`;
    if (isEmptyValue(value) && field.required && options.requireRequired) {
      errors.push({ path, message: `${name}为必填项` });
    } else if (
      !isBlank(value) &&
      !(Array.isArray(value) && value.length === 0 && holdsList(field))
    ) {
      // An empty list is still checked where a list does not belong, and for a table's minRows.
      errors.push(...checkPresentValue(field, value as Value, path, name, options));
    }
  }
}

/** Not filled in, whatever the field: nothing more to check when it is optional. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Fields whose value is a list of choices or ids, where `[]` simply means none. */
function holdsList(field: FieldDefinition): boolean {
  return (
    field.type === 'multiselect' ||
    field.type === 'attachment' ||
    ((field.type === 'person' || field.type === 'department') && field.multiple === true)
  );
}

/** Problems with a value that is present and not empty (also used for `default.value`). */
export function checkPresentValue(
  field: FieldDefinition,
  value: Value,
  path: string,
  name: string,
  options: ValidationOptions,
): ErrorDetail[] {
  if (field.type === 'formula' || field.type === 'section') return [];
  if (field.type !== 'table') return checkScalarValue(field, value, path, name, options);
  if (!Array.isArray(value)) return [{ path, message: `${name}应为明细行的列表` }];
  const errors = rowCountProblems(field, value.length, path, name);
  value.forEach((row: unknown, index) => {
    const rowPath = `${path}[${index}]`;
    const rowName = `${name}第 ${index + 1} 行`;
    if (!isRecord(row)) {
      errors.push({ path: rowPath, message: `${rowName}应为对象` });
      return;
    }
    const place = {
      pathPrefix: `${rowPath}.`,
      namePrefix: `${rowName}的`,
      unknownMessage: (key: string) => `${rowName}没有“${key}”列`,
    };
    validateRecord(field.columns, row, place, options, errors);
  });
  return errors;
}

function rowCountProblems(
  field: TableField,
  rows: number,
  path: string,
  name: string,
): ErrorDetail[] {
  if (field.minRows !== undefined && rows < field.minRows) {
    return [{ path, message: `${name}至少需要 ${field.minRows} 行` }];
  }
  if (field.maxRows !== undefined && rows > field.maxRows) {
    return [{ path, message: `${name}最多 ${field.maxRows} 行` }];
  }
  return [];
}
