import type { ErrorDetail } from '@yuanwu/kernel';
import { reservedWords } from './ast.ts';
import type { FieldDefinition, FormSchema } from './field-definition.ts';
import { compilePattern } from './patterns.ts';
import { checkSchemaExpressions } from './schema-expressions.ts';
import { checkLookups } from './schema-lookup.ts';
import { checkPresentValue } from './validate-values.ts';

/**
 * Deploy-time check of a form (after zod has parsed its shape): unique and usable keys,
 * options for selects, valid patterns and bounds, flat tables, constant defaults of the right
 * type, and formulas and default expressions that parse, name only known fields and do not
 * go round in a cycle. Empty when the form is fine.
 */
export function checkFormSchema(schema: FormSchema): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  checkFieldList(schema.fields, 'fields', false, errors);
  errors.push(...checkSchemaExpressions(schema));
  return errors;
}

function checkFieldList(
  fields: readonly FieldDefinition[],
  path: string,
  inTable: boolean,
  errors: ErrorDetail[],
): void {
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    const at = `${path}[${index}]`;
    if (seen.has(field.key))
      errors.push({ path: `${at}.key`, message: `字段标识“${field.key}”重复` });
    if (reservedWords.has(field.key)) {
      errors.push({
        path: `${at}.key`,
        message: `“${field.key}”是表达式的保留字，不能作为字段标识`,
      });
    }
    seen.add(field.key);
    checkField(field, at, inTable, errors);
  });
  checkLookups(fields, path, errors);
}

function checkField(
  field: FieldDefinition,
  at: string,
  inTable: boolean,
  errors: ErrorDetail[],
): void {
  const problem = (suffix: string, message: string): void => {
    errors.push({ path: `${at}.${suffix}`, message });
  };
  const name = `“${field.label || field.key}”`;
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (field.pattern !== undefined && compilePattern(field.pattern) === null) {
        problem('pattern', `${name}的格式规则不是有效的正则表达式`);
      }
      break;
    case 'number':
    case 'money':
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        problem('max', `${name}的最大值小于最小值`);
      }
      break;
    case 'select':
    case 'multiselect':
      if (field.options.length === 0) problem('options', `${name}没有可选项`);
      if (new Set(field.options).size !== field.options.length)
        problem('options', `${name}的可选项有重复`);
      break;
    case 'table':
      if (inTable) problem('type', `${name}：明细表的列不能再是明细表`);
      if (field.columns.length === 0) problem('columns', `${name}没有列`);
      if (
        field.minRows !== undefined &&
        field.maxRows !== undefined &&
        field.minRows > field.maxRows
      ) {
        problem('maxRows', `${name}的最多行数小于最少行数`);
      }
      if (!inTable) checkFieldList(field.columns, `${at}.columns`, true, errors);
      break;
    case 'section':
      if (inTable) problem('type', `${name}：明细表的列不能是分组标题`);
      break;
    case 'date':
    case 'datetime':
    case 'person':
    case 'department':
    case 'formula':
    case 'attachment':
      break;
  }
  if (
    field.default &&
    'value' in field.default &&
    field.default.value !== null &&
    field.type !== 'formula'
  ) {
    const options = { requireRequired: false };
    const found = checkPresentValue(
      field,
      field.default.value,
      `${at}.default.value`,
      `${name}的默认值`,
      options,
    );
    errors.push(...found.map((error) => ({ ...error, path: `${at}.default.value` })));
  }
}
