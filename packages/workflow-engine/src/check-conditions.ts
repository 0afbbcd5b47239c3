import type { ErrorDetail } from '@yuanwu/kernel';
import {
  findUnknownReference,
  parseExpression,
  walkExpression,
  type Expression,
  type FieldDefinition,
  type KnownFields,
} from '@yuanwu/form-engine';

/** Field types whose value is a list of rows or files, never one value to compare. */
const listTypes = new Set(['table', 'attachment']);

/** Operators that need single values on both sides (`in` only on its left). */
const scalarOperators = new Set(['==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/']);

const position = (at: number) => `第 ${at + 1} 个字符处`;

/**
 * Deploy-time check of one branch condition (`when`) beyond "parses and names known
 * fields": it must not read a section (分组标题: layout, it has no value) and must not
 * compare a table or attachment list (or a table's column) as if it were one value:
 * those go through `count(items)`, `sum(items.amount)`, `min`/`max`. Without this the
 * condition deploys and is silently false (a comparison with null) at run time.
 */
export function checkCondition(
  source: string,
  fields: ReadonlyMap<string, FieldDefinition>,
  path: string,
): ErrorDetail | null {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { path, message: parsed.error.message };
  const known: KnownFields = {
    has: (key) => fields.has(key),
    membersOf(key) {
      const field = fields.get(key);
      if (field?.type !== 'table') return null;
      return new Set(field.columns.map((column) => column.key));
    },
  };
  const unknown = findUnknownReference(parsed.expression, known);
  if (unknown) return { path, message: unknown.message };
  return valueProblem(parsed.expression, fields, path);
}

function valueProblem(
  expression: Expression,
  fields: ReadonlyMap<string, FieldDefinition>,
  path: string,
): ErrorDetail | null {
  let problem: ErrorDetail | null = null;
  const listName = (node: Expression): string | null => {
    const owner = node.kind === 'member' ? node.object : node;
    if (owner.kind !== 'field') return null;
    const type = fields.get(owner.name)?.type;
    if (type === undefined || !listTypes.has(type)) return null;
    return node.kind === 'member' ? `${owner.name}.${node.property}` : owner.name;
  };
  walkExpression(expression, (node) => {
    if (problem) return;
    if (node.kind === 'field' && fields.get(node.name)?.type === 'section') {
      problem = {
        path,
        message: `条件${position(node.at)}引用了分组标题“${node.name}”：分组只用于排版，没有值，不能作为条件`,
      };
      return;
    }
    const operands =
      node.kind === 'binary' && scalarOperators.has(node.operator)
        ? [node.left, node.right]
        : node.kind === 'binary' && node.operator === 'in'
          ? [node.left]
          : node.kind === 'unary'
            ? [node.operand]
            : [];
    for (const operand of operands) {
      const name = listName(operand);
      if (name === null) continue;
      problem = {
        path,
        message: `条件${position(node.at)}把“${name}”当作单个值比较或计算：它是多行的列表，请用 count()、sum()、min() 或 max()`,
      };
      return;
    }
  });
  return problem;
}
