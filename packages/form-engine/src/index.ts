/**
 * @yuanwu/form-engine — forms and their expression language, shared by the server and the
 * web app (pure: no database, no HTTP, no Node built-ins).
 *
 * Expressions (`when` on gateway edges, `formula`, `default.expr`) are parsed by a hand-written
 * tokenizer and Pratt parser into a JSON tree, never `eval`ed:
 *
 * ```ts
 * const parsed = parseExpression('sum(items.amount) > 5000 && initiator.dept in ["fin"]');
 * if (!parsed.ok) show(parsed.error.message, parsed.error.position); // position is 0-based
 * else evaluate(parsed.expression, { fields, initiator, now: clock.now(), timeZone: 'Asia/Shanghai' });
 * ```
 *
 * Run-time rules: a comparison involving null is false (`!=` too); arithmetic with null is
 * null; `+` concatenates when a string is involved; arithmetic is decimal, so money is exact
 * (0.1 + 0.2 == 0.3); division by zero is null; `&&`, `||`, `!` answer booleans by `truthy`.
 * `table.col` reads that column of every row. Functions: sum, count, min, max, if, len, today,
 * now, plus round(x, places), abs(x), days(from, to).
 *
 * Forms: `formSchema` parses the interchange format, `checkFormSchema` checks it at deploy,
 * then on every write: `applyDefaults` (new instances and drafts) → `computeFormulas` →
 * `validateFormValues`. Messages are Chinese, for the people who will read them.
 *
 * Beyond the conformance types: `attachment` (a list of file ids from `POST /files`,
 * `maxFiles`), `section` (a heading, no value), and `lookup` on text fields (`{ source:
 * 'budget', fill: { fieldKey: 'name'|'total'|'used'|'remaining' } }`: the value is the budget
 * code; the form fills the targets, which `checkFormSchema` requires to be fields of the same
 * form or table row).
 */
export type { Value, ValueRecord } from './value.ts';
export { truthy, valuesEqual, isRecord } from './value.ts';
export type { Expression, BinaryOperator, UnaryOperator, FunctionName } from './ast.ts';
export { expressionFunctions, reservedWords } from './ast.ts';
export type { ExpressionScope, ScopeWithoutFields } from './scope.ts';
export { parseExpression, type ParseResult, type ExpressionError } from './parser.ts';
export { printExpression } from './printer.ts';
export { evaluate } from './evaluate.ts';
export {
  referencedFields,
  checkExpressionFields,
  findUnknownReference,
  walkExpression,
  type KnownFields,
} from './references.ts';
export { todayIn, nowIn, isValidTimeZone } from './clock.ts';
export { isDate, parseDateTime } from './dates.ts';
export {
  fieldDefinition,
  formSchema,
  valueSchema,
  type FieldDefinition,
  type FieldDefault,
  type FieldType,
  type FormSchema,
  type TextField,
  type NumberField,
  type DateField,
  type ChoiceField,
  type PartyField,
  type TableField,
  type FormulaField,
  type AttachmentField,
  type FieldLookup,
  type BudgetColumn,
  type SectionField,
  type ValueField,
  holdsValue,
} from './field-definition.ts';
export { checkFormSchema } from './schema-check.ts';
export { applyDefaults } from './defaults.ts';
export { computeFormulas } from './formulas.ts';
export { validateFormValues, isEmptyValue, type ValidationOptions } from './validate-values.ts';
