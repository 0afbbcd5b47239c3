import {
  binaryPrecedence,
  expressionFunctions,
  isFunctionName,
  unaryPrecedence,
  type BinaryOperator,
  type Expression,
} from './ast.ts';
import { ExpressionSyntaxError, tokenize, where, type Token } from './tokenizer.ts';

/** Why a source did not parse: a message for people and a 0-based offset for editors. */
export interface ExpressionError {
  message: string;
  position: number;
}

export type ParseResult =
  { ok: true; expression: Expression } | { ok: false; error: ExpressionError };

// Bounds keep every recursive walk (parse, evaluate, print) far from the stack limit.
const maxSourceLength = 4000;
const maxNesting = 64;

/** Parses one expression with a Pratt parser; never evaluates anything. */
export function parseExpression(source: string): ParseResult {
  if (source.length > maxSourceLength) {
    return fail(`表达式过长（最多 ${maxSourceLength} 个字符）`, maxSourceLength);
  }
  if (source.trim() === '') return fail('表达式为空', 0);
  try {
    const parser = new Parser(tokenize(source));
    const expression = parser.parseBinary(0);
    const rest = parser.peek();
    if (rest.kind !== 'end') {
      const hint = rest.text === ')' ? '多余的右括号' : `意外的“${rest.text}”`;
      throw new ExpressionSyntaxError(`${where(rest.at)}有${hint}`, rest.at);
    }
    return { ok: true, expression };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return fail(error.message, error.position);
    throw error;
  }
}

function fail(message: string, position: number): ParseResult {
  return { ok: false, error: { message, position } };
}

function binaryOperatorOf(token: Token): BinaryOperator | null {
  if (token.kind === 'name') return token.text === 'in' ? 'in' : null;
  if (token.kind !== 'punct') return null;
  return Object.hasOwn(binaryPrecedence, token.text) ? (token.text as BinaryOperator) : null;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  /** Operators that bind more tightly than `minPrecedence` fold to the left. */
  parseBinary(minPrecedence: number): Expression {
    this.enter();
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      const operator = binaryOperatorOf(token);
      if (operator === null || binaryPrecedence[operator] <= minPrecedence) break;
      this.next();
      const right = this.parseBinary(binaryPrecedence[operator]);
      left = { kind: 'binary', operator, left, right, at: token.at };
    }
    this.depth -= 1;
    return left;
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > maxNesting) {
      const at = this.peek().at;
      throw new ExpressionSyntaxError(`${where(at)}嵌套过深，请简化表达式`, at);
    }
  }

  private parseUnary(): Expression {
    const token = this.peek();
    if (token.kind === 'punct' && (token.text === '!' || token.text === '-')) {
      this.next();
      const operand = this.parseBinary(unaryPrecedence);
      return { kind: 'unary', operator: token.text, operand, at: token.at };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(start: Expression): Expression {
    let expression = start;
    while (this.isPunct('.')) {
      const dot = this.next();
      const name = this.next();
      if (name.kind !== 'name') {
        throw new ExpressionSyntaxError(`${where(name.at)}的“.”后面缺少列名或属性名`, name.at);
      }
      expression = { kind: 'member', object: expression, property: name.text, at: dot.at };
    }
    return expression;
  }

  private parsePrimary(): Expression {
    const token = this.next();
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value, at: token.at };
      case 'name':
        return this.parseName(token);
      case 'punct':
        if (token.text === '(') {
          const inner = this.parseBinary(0);
          this.expectClosing(')', '缺少右括号“)”');
          return inner;
        }
        if (token.text === '[') {
          return { kind: 'array', items: this.parseList(']', '缺少右方括号“]”'), at: token.at };
        }
        throw new ExpressionSyntaxError(`${where(token.at)}有意外的“${token.text}”`, token.at);
      case 'end':
        throw new ExpressionSyntaxError(`${where(token.at)}缺少内容，表达式不完整`, token.at);
    }
  }

  private parseName(token: Token & { kind: 'name' }): Expression {
    const { text, at } = token;
    if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true', at };
    if (text === 'null') return { kind: 'literal', value: null, at };
    if (text === 'in') throw new ExpressionSyntaxError(`${where(at)}有意外的“in”`, at);
    if (!this.isPunct('(')) return { kind: 'field', name: text, at };
    if (!isFunctionName(text)) {
      throw new ExpressionSyntaxError(`${where(at)}的函数“${text}”不存在`, at);
    }
    this.next();
    const args = this.parseList(')', '缺少右括号“)”');
    const { min, max } = expressionFunctions[text];
    if (args.length < min || args.length > max) {
      const wanted =
        min === max ? ` ${min} 个` : max === Infinity ? `至少 ${min} 个` : ` ${min}–${max} 个`;
      throw new ExpressionSyntaxError(
        `${where(at)}的函数“${text}”需要${wanted}参数，但给了 ${args.length} 个`,
        at,
      );
    }
    return { kind: 'call', name: text, args, at };
  }

  /** Comma-separated expressions up to `closing`; the opening token is already read. */
  private parseList(closing: ')' | ']', missing: string): Expression[] {
    const items: Expression[] = [];
    if (this.isPunct(closing)) {
      this.next();
      return items;
    }
    for (;;) {
      items.push(this.parseBinary(0));
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      this.expectClosing(closing, missing);
      return items;
    }
  }

  private expectClosing(closing: ')' | ']', missing: string): void {
    const token = this.peek();
    if (token.kind === 'punct' && token.text === closing) {
      this.next();
      return;
    }
    throw new ExpressionSyntaxError(`${where(token.at)}${missing}`, token.at);
  }
}
