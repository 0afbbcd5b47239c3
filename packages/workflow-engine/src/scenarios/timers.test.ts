import { describe, it } from 'vitest';
import { chain, play, process } from '../testing/fixtures.ts';

const timed = (id: string, people: string[], timeLimit: string, onTimeout: string) => ({
  id,
  type: 'approval',
  assignee: { people },
  timeLimit,
  onTimeout,
});

describe('time limits', () => {
  it('a task created by a timer counts from the moment that timer was due', () => {
    play(
      chain([
        timed('a', ['liu'], 'PT8H', 'autoApprove'),
        timed('b', ['wang'], 'PT8H', 'autoApprove'),
      ]),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { advance: 'PT17H' },
        {
          expect: {
            status: 'completed',
            history: [
              ['start', 'zhang', 'submitted'],
              ['a', 'system', 'timeout_approved'],
              ['b', 'system', 'timeout_approved'],
            ],
          },
        },
      ],
    );
  });

  it('timers of a suspended instance wait and overdue ones fire at resume', () => {
    play(
      chain([timed('a', ['liu'], 'PT1H', 'autoApprove'), timed('b', ['wang'], 'PT1H', 'remind')]),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { as: 'admin', do: 'suspend' },
        { advance: 'PT3H' },
        { expect: { status: 'suspended', tasks: { a: ['liu'] } } },
        { as: 'admin', do: 'resume', expect: { status: 'running', tasks: { b: ['wang'] } } },
        { advance: 'PT59M' },
        { expect: { notifications: [] } },
        { advance: 'PT1M' },
        { expect: { tasks: { b: ['wang'] }, notifications: [{ to: 'wang', kind: 'timeout' }] } },
      ],
    );
  });

  it('an automatic approval that cannot route is not applied and admin is told', () => {
    play(
      process(
        [
          { id: 'start', type: 'start' },
          timed('a', ['liu'], 'PT1H', 'autoApprove'),
          { id: 'x', type: 'exclusive' },
          { id: 'end', type: 'end' },
        ],
        [
          { from: 'start', to: 'a' },
          { from: 'a', to: 'x' },
          { from: 'x', to: 'end', when: 'amount > 100' },
        ],
      ),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { advance: 'PT2H' },
        {
          expect: {
            status: 'running',
            tasks: { a: ['liu'] },
            history: [['start', 'zhang', 'submitted']],
            notifications: [{ to: 'admin', kind: 'timeout' }],
          },
        },
        { as: 'liu', do: 'approve', error: 'no_route' },
        { as: 'admin', do: 'jump', to: 'end', expect: { status: 'completed' } },
      ],
    );
  });
});
