import { describe, expect, it } from 'vitest';
import { chain, hospital } from './fixtures.ts';
import { playScenario } from './runner.ts';
import type { ScenarioStep } from './scenario.ts';

const linear = chain([{ id: 'a', type: 'approval', assignee: { people: ['liu'] } }]);
const run = (steps: ScenarioStep[]) =>
  playScenario({ format: 'workflow-scenario/1', name: 'x', org: hospital, process: linear, steps });

// The harness must notice every kind of difference, or green scenarios prove nothing.
describe('the in-memory scenario runner', () => {
  it.each<[string, ScenarioStep]>([
    ['status', { expect: { status: 'completed' } }],
    ['tasks', { expect: { tasks: { a: ['liu', 'he'] } } }],
    ['missing tasks', { expect: { tasks: {} } }],
    ['history', { expect: { history: [['start', 'zhang', 'approved']] } }],
    ['cc', { expect: { cc: { zhou: 'unread' } } }],
    ['notifications', { expect: { notifications: [{ to: 'liu', kind: 'urge' }] } }],
    ['form', { expect: { form: { amount: 2 } } }],
    ['visibleForm', { expect: { visibleForm: { as: 'liu', hidden: ['amount'] } } }],
    ['an unexpected error', { as: 'li', do: 'approve' }],
    ['a missing error', { as: 'liu', do: 'approve', error: 'conflict' }],
    ['a wrong error', { as: 'li', do: 'approve', error: 'conflict' }],
    [
      'outcomes',
      { concurrently: [{ as: 'liu', do: 'approve' }], expect: { outcomes: ['conflict'] } },
    ],
  ])('reports a difference in %s', (_what, step) => {
    const result = run([{ as: 'zhang', do: 'start', form: { amount: 1 } }, step]);
    expect(result.passed).toBe(false);
  });

  it('passes a story told correctly', () => {
    const result = run([
      { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { a: ['liu'] } } },
      {
        concurrently: [
          { as: 'liu', do: 'approve' },
          { as: 'liu', do: 'approve' },
        ],
        expect: { outcomes: ['ok', 'conflict'] },
      },
      { expect: { status: 'completed', form: { amount: 1 }, tasks: {} } },
    ]);
    expect(result).toEqual({ passed: true });
  });
});
