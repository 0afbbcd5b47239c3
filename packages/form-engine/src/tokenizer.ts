/** A token of the expression language with its 0-based offset in the source. */
export type Token =
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'string'; value: string; text: string; at: number }
  | { kind: 'name'; text: string; at: number }
  | { kind: 'punct'; text: Punctuation; at: number }
  | { kind: 'end'; text: ''; at: number };

export type Punctuation =
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | '+'
  | '-'
  | '*'
  | '/'
  | '!'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&&'
  | '||';

/** A problem in the source, at a 0-based offset; the message is shown to form designers. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

/** Human wording of a 0-based offset: designers count characters from 1. */
export function where(position: number): string {
  return `表达式第 ${position + 1} 个字符处`;
}

const twoCharPunctuation = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const oneCharPunctuation = new Set([
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '+',
  '-',
  '*',
  '/',
  '!',
  '<',
  '>',
]);
const numberPattern = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const namePattern = /[\p{L}_][\p{L}\p{N}_]*/uy;
const whitespacePattern = /\s+/y;

// Chinese input methods produce these easily; naming the half-width form saves a support call.
const fullWidth: Record<string, string> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '【': '[',
  '】': ']',
  '“': '"',
  '”': '"',
  '！': '!',
  '＝': '=',
  '＜': '<',
  '＞': '>',
  '＋': '+',
  '－': '-',
  '＊': '*',
  '／': '/',
};

const misspelt: Record<string, string> = {
  '=': '比较相等请用“==”',
  '&': '“并且”请用“&&”',
  '|': '“或者”请用“||”',
  "'": '字符串请用双引号',
};

/** Splits source into tokens, ending with one `end` token; throws ExpressionSyntaxError. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const match = (pattern: RegExp): string | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    return found ? found[0] : null;
  };
  while (at < source.length) {
    const space = match(whitespacePattern);
    if (space) {
      at += space.length;
      continue;
    }
    const char = source[at] ?? '';
    const number = /\d/.test(char) ? match(numberPattern) : null;
    const name = number === null ? match(namePattern) : null;
    const pair = source.slice(at, at + 2);
    if (number !== null) {
      tokens.push({ kind: 'number', value: Number(number), text: number, at });
      at += number.length;
    } else if (name !== null) {
      tokens.push({ kind: 'name', text: name, at });
      at += name.length;
    } else if (char === '"') {
      const token = readString(source, at);
      tokens.push(token);
      at += token.text.length;
    } else if (twoCharPunctuation.has(pair)) {
      tokens.push({ kind: 'punct', text: pair as Punctuation, at });
      at += 2;
    } else if (oneCharPunctuation.has(char)) {
      tokens.push({ kind: 'punct', text: char as Punctuation, at });
      at += 1;
    } else {
      throw unexpectedCharacter(source, at);
    }
  }
  tokens.push({ kind: 'end', text: '', at: source.length });
  return tokens;
}

function unexpectedCharacter(source: string, at: number): ExpressionSyntaxError {
  const char = String.fromCodePoint(source.codePointAt(at) ?? 0);
  const halfWidth = fullWidth[char];
  if (halfWidth) {
    return new ExpressionSyntaxError(
      `${where(at)}是全角符号“${char}”，请改用半角“${halfWidth}”`,
      at,
    );
  }
  const hint = misspelt[char];
  const suffix = hint ? `，${hint}` : '';
  return new ExpressionSyntaxError(`${where(at)}有无法识别的字符“${char}”${suffix}`, at);
}

const simpleEscapes: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Reads a double-quoted string with JSON escapes, starting at the opening quote. */
function readString(source: string, start: number): Token & { kind: 'string' } {
  let value = '';
  let at = start + 1;
  while (at < source.length) {
    const char = source[at] ?? '';
    if (char === '"') {
      return { kind: 'string', value, text: source.slice(start, at + 1), at: start };
    }
    if (char !== '\\') {
      value += char;
      at += 1;
      continue;
    }
    const escape = source[at + 1] ?? '';
    const simple = simpleEscapes[escape];
    if (simple !== undefined) {
      value += simple;
      at += 2;
    } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) {
      value += String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16));
      at += 6;
    } else {
      throw new ExpressionSyntaxError(`${where(at)}的转义序列无效`, at);
    }
  }
  throw new ExpressionSyntaxError(`${where(start)}开始的字符串缺少结束的双引号`, start);
}
