import { describe, it } from 'vitest';
import { chain, play, process } from '../testing/fixtures.ts';

const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });

describe('administration and permissions', () => {
  it('while suspended every action but read is refused; suspended tasks still count', () => {
    const withCc = chain([
      { id: 'cc', type: 'notify', assignee: { people: ['chen'] } },
      approval('a', ['liu']),
    ]);
    play(withCc, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'admin', do: 'suspend', expect: { status: 'suspended', tasks: { a: ['liu'] } } },
      { as: 'liu', do: 'transfer', to: 'he', error: 'suspended' },
      { as: 'liu', do: 'reject', error: 'suspended' },
      { as: 'zhang', do: 'urge', error: 'suspended' },
      { as: 'zhang', do: 'withdraw', error: 'suspended' },
      { as: 'admin', do: 'suspend', error: 'suspended' },
      { as: 'admin', do: 'jump', to: 'end', error: 'suspended' },
      { as: 'admin', do: 'terminate', error: 'suspended' },
      { as: 'li', do: 'approve', error: 'forbidden' },
      { as: 'chen', do: 'read', expect: { cc: { chen: 'read' } } },
      { as: 'admin', do: 'resume' },
      { as: 'admin', do: 'resume', error: 'conflict' },
      { as: 'admin', do: 'approve', error: 'forbidden' },
      { as: 'zhang', do: 'urge', expect: { notifications: [{ to: 'liu', kind: 'urge' }] } },
      { as: 'admin', do: 'jump', to: 'ghost', error: 'validation' },
      {
        as: 'admin',
        do: 'terminate',
        expect: {
          status: 'terminated',
          tasks: {},
          notifications: [{ to: 'zhang', kind: 'result' }],
          history: [
            ['start', 'zhang', 'submitted'],
            ['end', 'admin', 'terminated'],
          ],
        },
      },
      { as: 'admin', do: 'resume', error: 'conflict' },
      { as: 'chen', do: 'read' },
    ]);
  });

  it('several open tasks of mine need `node`; jump records at its target', () => {
    const both = process(
      [
        { id: 'start', type: 'start' },
        { id: 'p', type: 'parallel' },
        approval('left', ['wang']),
        approval('right', ['wang']),
        { id: 'j', type: 'join' },
        approval('last', ['zhao']),
        { id: 'end', type: 'end' },
      ],
      [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'left' },
        { from: 'p', to: 'right' },
        { from: 'left', to: 'j' },
        { from: 'right', to: 'j' },
        { from: 'j', to: 'last' },
        { from: 'last', to: 'end' },
      ],
    );
    play(both, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 1 },
        expect: { tasks: { left: ['wang'], right: ['wang'] } },
      },
      { as: 'wang', do: 'approve', error: 'validation' },
      { as: 'wang', do: 'approve', node: 'last', error: 'conflict' },
      { as: 'wang', do: 'approve', node: 'left', expect: { tasks: { right: ['wang'] } } },
      { as: 'wang', do: 'approve', expect: { tasks: { last: ['zhao'] } } },
      { as: 'admin', do: 'jump', to: 'left', expect: { tasks: { left: ['wang'] } } },
      { as: 'zhao', do: 'approve', error: 'conflict' },
      { as: 'wang', do: 'approve', expect: { tasks: { last: ['zhao'] } } },
      {
        as: 'zhao',
        do: 'approve',
        expect: {
          status: 'completed',
          history: [
            ['start', 'zhang', 'submitted'],
            ['left', 'wang', 'approved'],
            ['right', 'wang', 'approved'],
            ['left', 'admin', 'jumped'],
            ['left', 'wang', 'approved'],
            ['last', 'zhao', 'approved'],
          ],
        },
      },
    ]);
  });

  it('passing a notify node again creates fresh unread items', () => {
    play(
      chain([{ id: 'cc', type: 'notify', assignee: { people: ['chen'] } }, approval('a', ['liu'])]),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { as: 'chen', do: 'read', expect: { cc: { chen: 'read' } } },
        { as: 'liu', do: 'return' },
        { as: 'zhang', do: 'resubmit', expect: { cc: { chen: 'unread' }, tasks: { a: ['liu'] } } },
      ],
    );
  });
});
