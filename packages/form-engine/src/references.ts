import type { ErrorDetail } from '@yuanwu/kernel';
import type { Expression } from './ast.ts';
import { parseExpression, type ExpressionError } from './parser.ts';
import { where } from './tokenizer.ts';

/** Calls `visit` on every node of the tree, parents before children. */
export function walkExpression(expression: Expression, visit: (node: Expression) => void): void {
  visit(expression);
  switch (expression.kind) {
    case 'literal':
    case 'field':
      return;
    case 'member':
      return walkExpression(expression.object, visit);
    case 'unary':
      return walkExpression(expression.operand, visit);
    case 'binary':
      walkExpression(expression.left, visit);
      return walkExpression(expression.right, visit);
    case 'array':
      return expression.items.forEach((item) => walkExpression(item, visit));
    case 'call':
      return expression.args.forEach((arg) => walkExpression(arg, visit));
  }
}

/** Top-level field keys the expression reads, each once, in order of first use (never `initiator`). */
export function referencedFields(expression: Expression): string[] {
  const keys = new Set<string>();
  walkExpression(expression, (node) => {
    if (node.kind === 'field' && node.name !== 'initiator') keys.add(node.name);
  });
  return [...keys];
}

/** What a deploy-time check knows about the fields an expression may name. */
export interface KnownFields {
  has(key: string): boolean;
  /**
   * The members `key.x` may read: a table's column keys, `null` for a field that has none,
   * `undefined` when the shape is unknown (then members are not checked).
   */
  membersOf?(key: string): ReadonlySet<string> | null | undefined;
}

const initiatorMembers: ReadonlySet<string> = new Set(['id', 'dept']);

/** The first field or member the expression names that `known` does not have, else null. */
export function findUnknownReference(
  expression: Expression,
  known: KnownFields,
): ExpressionError | null {
  let problem: ExpressionError | null = null;
  walkExpression(expression, (node) => {
    if (problem) return;
    if (node.kind === 'field' && node.name !== 'initiator' && !known.has(node.name)) {
      problem = { message: `${where(node.at)}引用了不存在的字段“${node.name}”`, position: node.at };
    }
    if (node.kind === 'member' && node.object.kind === 'field') {
      problem = checkMember(node.object.name, node.property, node.at, known);
    }
  });
  return problem;
}

function checkMember(
  owner: string,
  property: string,
  at: number,
  known: KnownFields,
): ExpressionError | null {
  if (owner === 'initiator') {
    if (initiatorMembers.has(property)) return null;
    return { message: `${where(at)}：initiator 只有 id 和 dept，没有“${property}”`, position: at };
  }
  if (!known.has(owner)) return null; // reported at the field itself
  const members = known.membersOf?.(owner);
  if (members === undefined || members?.has(property)) return null;
  const message =
    members === null
      ? `${where(at)}：字段“${owner}”不是表格，不能用“.${property}”`
      : `${where(at)}：表格“${owner}”没有“${property}”列`;
  return { message, position: at };
}

/**
 * Deploy-time check of a gateway condition (`when`): it must parse and name only known fields.
 * Returns null when it is fine; `path` names where the source sits (e.g. `edges[3].when`).
 */
export function checkExpressionFields(
  source: string,
  knownFields: ReadonlySet<string>,
  path = '',
): ErrorDetail | null {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { path, message: parsed.error.message };
  const unknown = findUnknownReference(parsed.expression, knownFields);
  return unknown && { path, message: unknown.message };
}
