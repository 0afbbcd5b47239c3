import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionFunctions, type Expression, type FunctionName } from './ast.ts';
import { parseDateTime } from './dates.ts';
import { evaluateWithoutSafetyNet } from './evaluate.ts';
import type { FormSchema } from './field-definition.ts';
import { parseExpression } from './parser.ts';
import { printExpression } from './printer.ts';
import { fixedNow, run, scopeWith } from './test-helpers.ts';
import { validateFormValues } from './validate-values.ts';
import type { Value } from './value.ts';

const keywords = new Set(['true', 'false', 'null', 'in']);
const identifier = fc
  .stringMatching(/^[a-zA-Z_\u4e00-\u9fa5][a-zA-Z0-9_\u4e00-\u9fa5]{0,6}$/)
  .filter((name) => !keywords.has(name));
const functionNames = Object.keys(expressionFunctions) as FunctionName[];
const binaryOperators = [
  '||',
  '&&',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  '+',
  '-',
  '*',
  '/',
] as const;

/** Trees as the parser would build them, minus positions (`at: 0` everywhere). */
const { expression: expressionTree } = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc
        .constantFrom(null, true, false)
        .map((value): Expression => ({ kind: 'literal', value, at: 0 })),
      fc
        .oneof(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.double({ min: 0, max: 1e300, noNaN: true }),
        )
        .map((value): Expression => ({ kind: 'literal', value: value + 0, at: 0 })),
      fc
        .string({ unit: 'binary', maxLength: 8 })
        .map((value): Expression => ({ kind: 'literal', value, at: 0 })),
      identifier.map((name): Expression => ({ kind: 'field', name, at: 0 })),
    ),
    fc
      .record({
        object: tie('expression'),
        property: fc.oneof(identifier, fc.constantFrom('in', 'true')),
      })
      .map(({ object, property }): Expression => ({ kind: 'member', object, property, at: 0 })),
    fc
      .array(tie('expression'), { maxLength: 3 })
      .map((items): Expression => ({ kind: 'array', items, at: 0 })),
    fc
      .record({ operator: fc.constantFrom('!' as const, '-' as const), operand: tie('expression') })
      .map(({ operator, operand }): Expression => ({ kind: 'unary', operator, operand, at: 0 })),
    fc
      .record({
        operator: fc.constantFrom(...binaryOperators),
        left: tie('expression'),
        right: tie('expression'),
      })
      .map(({ operator, left, right }): Expression => ({
        kind: 'binary',
        operator,
        left,
        right,
        at: 0,
      })),
    fc.constantFrom(...functionNames).chain((name) => {
      const { min, max } = expressionFunctions[name];
      const upper = Math.min(max, min + 2);
      return fc
        .array(tie('expression'), { minLength: min, maxLength: upper })
        .map((args): Expression => ({ kind: 'call', name, args, at: 0 }));
    }),
  ),
}));

const withoutPositions = (expression: Expression): unknown =>
  JSON.parse(JSON.stringify(expression, (key, value: unknown) => (key === 'at' ? 0 : value)));

const fieldValues = fc.dictionary(
  fc.oneof(identifier, fc.constantFrom('items', 'amount', '__proto__', 'constructor')),
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Value>,
    fc.array(fc.dictionary(identifier, fc.oneof(fc.double(), fc.string(), fc.constant(null))), {
      maxLength: 3,
    }),
  ),
  { maxKeys: 6 },
);

describe('properties of the expression language', () => {
  it('print then parse gives the same tree', () => {
    fc.assert(
      fc.property(expressionTree, (tree) => {
        const parsed = parseExpression(printExpression(tree));
        if (!parsed.ok) throw new Error(`${printExpression(tree)}: ${parsed.error.message}`);
        expect(withoutPositions(parsed.expression)).toEqual(withoutPositions(tree));
      }),
      { numRuns: 500 },
    );
  });

  it('printing is stable: print(parse(print(e))) == print(e)', () => {
    fc.assert(
      fc.property(expressionTree, (tree) => {
        const source = printExpression(tree);
        const parsed = parseExpression(source);
        expect(parsed.ok && printExpression(parsed.expression)).toBe(source);
      }),
    );
  });

  it('parse never throws, and a failure points inside the source', () => {
    const sources = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            'a',
            '1',
            '"x"',
            '(',
            ')',
            '[',
            ']',
            ',',
            '.',
            '+',
            '-',
            '!',
            '==',
            '&&',
            'in',
            'sum',
            ' ',
          ),
          { maxLength: 20 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(sources, (source) => {
        const parsed = parseExpression(source);
        if (!parsed.ok) {
          expect(parsed.error.position).toBeGreaterThanOrEqual(0);
          expect(parsed.error.position).toBeLessThanOrEqual(source.length);
          expect(parsed.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('evaluate never throws for any expression and data, and answers JSON', () => {
    const initiator = fc.option(fc.record({ id: fc.string(), dept: fc.option(fc.string()) }), {
      nil: undefined,
    });
    const timeZone = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Not/AZone');
    fc.assert(
      fc.property(expressionTree, fieldValues, initiator, timeZone, (tree, fields, who, zone) => {
        const result = evaluateWithoutSafetyNet(tree, {
          fields,
          initiator: who,
          now: fixedNow,
          timeZone: zone,
        });
        expect(result).not.toBeUndefined();
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('a comparison with null is false whatever the other side', () => {
    const operators = fc.constantFrom('==', '!=', '<', '<=', '>', '>=', 'in');
    fc.assert(
      fc.property(operators, fc.jsonValue() as fc.Arbitrary<Value>, (operator, other) => {
        expect(run(`missing ${operator} other`, { other })).toBe(false);
        if (operator !== 'in') expect(run(`other ${operator} missing`, { other })).toBe(false);
      }),
    );
  });

  it('money sums are exact to the cent', () => {
    const cents = fc.integer({ min: -10_000_000_00, max: 10_000_000_00 });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 20 }), (amounts) => {
        const items = amounts.map((amount) => ({ amount: amount / 100 }));
        const expected = amounts.reduce((total, amount) => total + amount, 0) / 100;
        expect(run('sum(items.amount)', { items })).toBe(expected === 0 ? 0 : expected);
      }),
    );
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(run('a + b - b', { a: a / 100, b: b / 100 })).toBe(a / 100 === 0 ? 0 : a / 100);
        expect(run('a + b == c', { a: a / 100, b: b / 100, c: (a + b) / 100 })).toBe(true);
      }),
    );
  });

  it('today() and now() agree with the instant they describe', () => {
    const instants = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2090-01-01'),
      noInvalidDate: true,
    });
    const zones = fc.constantFrom(
      'Asia/Shanghai',
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Asia/Kolkata',
    );
    fc.assert(
      fc.property(instants, zones, (now, timeZone) => {
        const scope = scopeWith({}, { now, timeZone });
        const stamp = run('now()', {}, scope) as string;
        expect(parseDateTime(stamp)).toBe(Math.floor(now.getTime() / 1000) * 1000);
        expect(run('today()', {}, scope)).toBe(stamp.slice(0, 10));
      }),
    );
  });
});

describe('properties of validation', () => {
  const schema: FormSchema = {
    fields: [
      { key: 'text', label: 'T', type: 'text', maxLength: 5, pattern: '[a-z]*' },
      { key: 'money', label: 'M', type: 'money', min: 0 },
      { key: 'day', label: 'D', type: 'date', required: true },
      { key: 'tags', label: 'G', type: 'multiselect', options: ['a', 'b'] },
      { key: 'who', label: 'W', type: 'person', multiple: true },
      {
        key: 'items',
        label: 'I',
        type: 'table',
        minRows: 1,
        columns: [
          { key: 'amount', label: 'A', type: 'money', required: true },
          { key: 'kind', label: 'K', type: 'select', options: ['x'] },
        ],
      },
    ],
  };

  it('never throws on any JSON, and every error has a path and a message', () => {
    const values = fc.dictionary(
      fc.constantFrom('text', 'money', 'day', 'tags', 'who', 'items', 'bogus'),
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Value>,
    );
    fc.assert(
      fc.property(values, fc.boolean(), (form, requireRequired) => {
        for (const error of validateFormValues(schema, form, {
          requireRequired,
          isKnownPerson: () => false,
        })) {
          expect(typeof error.path).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('accepts any amount in whole cents and refuses any with a fraction of a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1, max: 9 }),
        (cents, mills) => {
          const form = (money: number) => ({ day: '2026-03-01', items: [{ amount: 1 }], money });
          expect(validateFormValues(schema, form(cents / 100), { requireRequired: true })).toEqual(
            [],
          );
          const fraction = validateFormValues(schema, form((cents * 10 + mills) / 1000), {
            requireRequired: true,
          });
          expect(fraction.map((error) => error.path)).toEqual(['money']);
        },
      ),
    );
  });
});
