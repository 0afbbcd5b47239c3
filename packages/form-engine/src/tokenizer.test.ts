import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, tokenize } from './tokenizer.ts';

const kinds = (source: string) => tokenize(source).map((t) => [t.kind, t.text, t.at]);

function failure(source: string): ExpressionSyntaxError {
  try {
    tokenize(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  throw new Error(`${source} tokenized`);
}

describe('tokenize', () => {
  it('reads numbers, names, strings and punctuation with offsets', () => {
    expect(kinds('amount >= 5000.5')).toEqual([
      ['name', 'amount', 0],
      ['punct', '>=', 7],
      ['number', '5000.5', 10],
      ['end', '', 16],
    ]);
  });

  it('reads every operator, longest first', () => {
    const texts = tokenize('( ) [ ] , . + - * / ! == != < <= > >= && ||').map((t) => t.text);
    expect(texts).toEqual([
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
      '==',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '&&',
      '||',
      '',
    ]);
    expect(tokenize('a<=b').map((t) => t.text)).toEqual(['a', '<=', 'b', '']);
    expect(tokenize('!!a').map((t) => t.text)).toEqual(['!', '!', 'a', '']);
  });

  it('reads number values, with fractions and exponents', () => {
    const values = tokenize('0 12 3.25 1e21 2.5E-3').flatMap((t) =>
      t.kind === 'number' ? [t.value] : [],
    );
    expect(values).toEqual([0, 12, 3.25, 1e21, 0.0025]);
  });

  it('does not take a dot without digits into a number (member access)', () => {
    expect(tokenize('5.x').map((t) => t.text)).toEqual(['5', '.', 'x', '']);
  });

  it('reads identifiers in any script, with digits and underscores', () => {
    expect(tokenize('金额 + item_2').map((t) => t.text)).toEqual(['金额', '+', 'item_2', '']);
  });

  it('decodes JSON escapes in strings', () => {
    const [token] = tokenize(String.raw`"a\"b\\c\/\n\t\u4e2d"`);
    expect(token).toMatchObject({ kind: 'string', value: 'a"b\\c/\n\t中' });
  });

  it('keeps the raw text of a string, quotes included', () => {
    const [token] = tokenize('"急件" == x');
    expect(token?.text).toBe('"急件"');
    expect(tokenize('"急件" == x')[1]?.at).toBe(5);
  });

  it('skips every kind of whitespace, full-width space included', () => {
    expect(tokenize(' a\t\n\u3000b ').map((t) => t.text)).toEqual(['a', 'b', '']);
  });

  it('reports an unterminated string at its opening quote', () => {
    const error = failure('x == "abc');
    expect(error.position).toBe(5);
    expect(error.message).toContain('双引号');
  });

  it('reports an invalid escape where it starts', () => {
    expect(failure(String.raw`"a\qb"`).position).toBe(2);
    expect(failure(String.raw`"\u12"`).position).toBe(1);
  });

  it('reports unknown characters with a hint', () => {
    expect(failure('a @ b')).toMatchObject({ position: 2 });
    expect(failure('a = 1').message).toContain('==');
    expect(failure('a & b').message).toContain('&&');
    expect(failure('a | b').message).toContain('||');
    expect(failure("'x'").message).toContain('双引号');
  });

  it('names the half-width form of full-width punctuation', () => {
    const error = failure('sum（items.amount）');
    expect(error.position).toBe(3);
    expect(error.message).toContain('“(”');
  });
});
