import { describe, it } from 'vitest';
import { chain, play } from '../testing/fixtures.ts';

const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });
const linear = chain([approval('head', ['liu']), approval('fin', ['wang'])]);

describe('授权代理', () => {
  it('until is exclusive: at that moment tasks come back and new ones stay mine', () => {
    play(linear, [
      { as: 'wang', do: 'delegate', to: 'qian', until: 'PT2H' },
      { as: 'zhang', do: 'start', ref: 'a', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'a', expect: { tasks: { fin: ['qian'] } } },
      { advance: 'PT2H' },
      { expect: { tasks: { fin: ['wang'] } }, instance: 'a' },
      { as: 'qian', do: 'approve', instance: 'a', error: 'conflict' },
      { as: 'zhang', do: 'start', ref: 'b', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'b', expect: { tasks: { fin: ['wang'] } } },
      { as: 'wang', do: 'revokeDelegation', error: 'conflict' },
    ]);
  });

  it('from, processKeys, replacement and no chains', () => {
    play(linear, [
      { as: 'wang', do: 'delegate', to: 'wang', error: 'validation' },
      { as: 'wang', do: 'delegate', to: 'qian', processKeys: ['other'] },
      { as: 'zhang', do: 'start', ref: 'a', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'a', expect: { tasks: { fin: ['wang'] } } },
      { as: 'wang', do: 'delegate', to: 'qian', from: 'PT1H' },
      { as: 'zhang', do: 'start', ref: 'b', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'b', expect: { tasks: { fin: ['wang'] } } },
      { advance: 'PT1H' },
      { as: 'qian', do: 'delegate', to: 'sun' },
      { as: 'zhang', do: 'start', ref: 'c', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'c', expect: { tasks: { fin: ['qian'] } } },
      { as: 'wang', do: 'approve', instance: 'c', error: 'forbidden' },
      { as: 'wang', do: 'delegate', to: 'chen' },
      { expect: { tasks: { fin: ['wang'] } }, instance: 'c' },
      { as: 'zhang', do: 'start', ref: 'd', form: { amount: 1 } },
      { as: 'liu', do: 'approve', instance: 'd', expect: { tasks: { fin: ['chen'] } } },
      {
        as: 'chen',
        do: 'approve',
        instance: 'd',
        expect: {
          status: 'completed',
          history: [
            ['start', 'zhang', 'submitted'],
            ['head', 'liu', 'approved'],
            ['fin', 'chen', 'approved'],
          ],
        },
      },
    ]);
  });

  it('dedupe looks at who actually approved', () => {
    const dedupe = chain(
      [approval('fin', ['wang']), approval('check', ['qian']), approval('boss', ['wang'])],
      { dedupe: true },
    );
    play(dedupe, [
      { as: 'wang', do: 'delegate', to: 'qian' },
      { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { fin: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { status: 'completed' } },
      {
        expect: {
          history: [
            ['start', 'zhang', 'submitted'],
            ['fin', 'qian', 'approved'],
            ['check', 'system', 'auto_approved'],
            ['boss', 'system', 'auto_approved'],
          ],
        },
      },
      { as: 'zhang', do: 'start', ref: 'b', form: { amount: 1 } },
      { as: 'qian', do: 'approve', instance: 'b' },
      { as: 'wang', do: 'revokeDelegation' },
      { as: 'zhang', do: 'start', ref: 'c', form: { amount: 1 } },
      { as: 'wang', do: 'approve', instance: 'c', expect: { tasks: { check: ['qian'] } } },
      { as: 'qian', do: 'approve', instance: 'c', expect: { status: 'completed' } },
    ]);
  });
});

describe('a delegate who is also a member of the node', () => {
  it('holds two tasks there and decides their own first', () => {
    const both = chain([
      { id: 'review', type: 'approval', assignee: { people: ['wang', 'qian'] }, mode: 'all' },
    ]);
    play(both, [
      { as: 'wang', do: 'delegate', to: 'qian' },
      { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { review: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { status: 'running', tasks: { review: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { status: 'completed' } },
    ]);
  });
});
