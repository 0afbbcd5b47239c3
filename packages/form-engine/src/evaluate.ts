import { add, arithmetic, compare, contains } from './arithmetic.ts';
import type { Expression } from './ast.ts';
import { callBuiltin } from './functions.ts';
import type { ExpressionScope } from './scope.ts';
import { asValue, isRecord, ownValue, truthy, type Value } from './value.ts';

/**
 * Evaluates a parsed expression. It never throws on data: a missing field is null, a wrong
 * type or a division by zero gives null, and a comparison with null is false.
 */
export function evaluate(expression: Expression, scope: ExpressionScope): Value {
  try {
    return evaluateWithoutSafetyNet(expression, scope);
  } catch {
    // A gateway or a formula must not crash a running approval because of odd data (or a
    // hand-built tree); null is the language's "unknown", which routes to the default edge.
    return null;
  }
}

/** evaluate without the final catch: the property tests use it to prove no data makes it throw. */
export function evaluateWithoutSafetyNet(expression: Expression, scope: ExpressionScope): Value {
  // asValue also turns the undefined of an unknown node kind into null.
  return asValue(evaluateNode(expression, scope));
}

function evaluateNode(expression: Expression, scope: ExpressionScope): Value {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'field':
      return lookup(expression.name, scope);
    case 'member':
      return member(evaluateNode(expression.object, scope), expression.property);
    case 'array':
      return expression.items.map((item) => evaluateNode(item, scope));
    case 'unary': {
      const operand = evaluateNode(expression.operand, scope);
      if (expression.operator === '!') return !truthy(operand);
      return typeof operand === 'number' ? 0 - operand : null;
    }
    case 'binary':
      return evaluateBinary(expression, scope);
    case 'call': {
      if (expression.name === 'if') {
        const [condition, whenTrue, whenFalse] = expression.args;
        if (!condition || !whenTrue || !whenFalse) return null;
        const chosen = truthy(evaluateNode(condition, scope)) ? whenTrue : whenFalse;
        return evaluateNode(chosen, scope);
      }
      const args = expression.args.map((arg) => evaluateNode(arg, scope));
      return callBuiltin(expression.name, args, scope);
    }
  }
}

function lookup(name: string, scope: ExpressionScope): Value {
  if (name === 'initiator') {
    const initiator = scope.initiator;
    return initiator ? { id: initiator.id, dept: initiator.dept ?? null } : null;
  }
  return ownValue(scope.fields, name);
}

/** `row.col` reads a property; `table.col` reads that column of every row (for sum and friends). */
function member(object: Value, property: string): Value {
  if (isRecord(object)) return ownValue(object, property);
  if (Array.isArray(object)) {
    return object.map((row) => {
      const item = asValue(row);
      return isRecord(item) ? ownValue(item, property) : null;
    });
  }
  return null;
}

function evaluateBinary(
  expression: Expression & { kind: 'binary' },
  scope: ExpressionScope,
): Value {
  const { operator } = expression;
  const left = evaluateNode(expression.left, scope);
  // && and || short-circuit and always answer a boolean.
  if (operator === '&&') return truthy(left) && truthy(evaluateNode(expression.right, scope));
  if (operator === '||') return truthy(left) || truthy(evaluateNode(expression.right, scope));
  const right = evaluateNode(expression.right, scope);
  switch (operator) {
    case '+':
      return add(left, right);
    case '-':
    case '*':
    case '/':
      return arithmetic(operator, left, right);
    case 'in':
      return contains(left, right);
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(operator, left, right);
  }
}
