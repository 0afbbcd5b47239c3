import { describe, it } from 'vitest';
import { chain, play, process } from '../testing/fixtures.ts';

const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });

// start → head → p → (office, keeper) → j → after → final → end
const parallel = process(
  [
    { id: 'start', type: 'start' },
    approval('head', ['liu']),
    { id: 'p', type: 'parallel' },
    approval('office', ['zhou']),
    approval('keeper', ['chen']),
    { id: 'j', type: 'join' },
    approval('after', ['wang']),
    approval('final', ['zhao']),
    { id: 'end', type: 'end' },
  ],
  [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'p' },
    { from: 'p', to: 'office' },
    { from: 'p', to: 'keeper' },
    { from: 'office', to: 'j' },
    { from: 'keeper', to: 'j' },
    { from: 'j', to: 'after' },
    { from: 'after', to: 'final' },
    { from: 'final', to: 'end' },
  ],
);

const toTheJoin = [
  { as: 'zhang', do: 'start', form: { amount: 1 } },
  { as: 'liu', do: 'approve' },
  { as: 'zhou', do: 'approve' },
  { as: 'chen', do: 'approve', expect: { tasks: { after: ['wang'] } } },
];

describe('return around joins', () => {
  it('needs `to` right after a join and refuses a node inside a joined branch', () => {
    play(parallel, [
      ...toTheJoin,
      { as: 'wang', do: 'return', error: 'validation' },
      { as: 'wang', do: 'return', to: 'office', error: 'validation' },
      { as: 'wang', do: 'return', to: 'final', error: 'validation' },
      { as: 'wang', do: 'return', to: 'nowhere', error: 'validation' },
      { as: 'wang', do: 'return', to: 'head', expect: { tasks: { head: ['liu'] } } },
      { as: 'liu', do: 'approve', expect: { tasks: { office: ['zhou'], keeper: ['chen'] } } },
    ]);
  });

  it('after the join the previous approval node is on the merged path again', () => {
    play(parallel, [
      ...toTheJoin,
      { as: 'wang', do: 'approve', expect: { tasks: { final: ['zhao'] } } },
      { as: 'zhao', do: 'return', expect: { tasks: { after: ['wang'] } } },
    ]);
  });

  it('a return inside an open branch cancels every task and the join waits for that branch only', () => {
    play(parallel, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'liu', do: 'approve' },
      { as: 'zhou', do: 'return', expect: { tasks: { head: ['liu'] } } },
      { as: 'chen', do: 'approve', error: 'conflict' },
      { as: 'liu', do: 'approve', expect: { tasks: { office: ['zhou'], keeper: ['chen'] } } },
      { as: 'zhou', do: 'return', to: 'start', expect: { status: 'running', tasks: {} } },
      { as: 'zhang', do: 'resubmit', direct: true, expect: { tasks: { office: ['zhou'] } } },
      { as: 'zhou', do: 'approve', expect: { tasks: { after: ['wang'] } } },
    ]);
  });
});

describe('return, resubmit and withdraw', () => {
  const linear = chain([approval('a', ['liu']), approval('b', ['wang'])]);

  it('from the first approval node goes to start; only the initiator resubmits', () => {
    play(linear, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'liu', do: 'return', expect: { status: 'running', tasks: {} } },
      { as: 'zhang', do: 'urge', error: 'conflict' },
      { as: 'li', do: 'resubmit', error: 'forbidden' },
      { as: 'zhang', do: 'resubmit', form: { amount: -1 }, error: 'validation' },
      {
        as: 'zhang',
        do: 'resubmit',
        form: { amount: 2 },
        expect: { tasks: { a: ['liu'] }, form: { amount: 2 } },
      },
      {
        expect: {
          history: [
            ['start', 'zhang', 'submitted'],
            ['a', 'liu', 'returned'],
            ['start', 'zhang', 'resubmitted'],
          ],
        },
      },
    ]);
  });

  it('direct resubmit is only for returns; withdraw needs a running instance', () => {
    play(linear, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'zhang', do: 'resubmit', error: 'conflict' },
      { as: 'li', do: 'withdraw', error: 'forbidden' },
      { as: 'zhang', do: 'withdraw', expect: { status: 'withdrawn', tasks: {} } },
      { as: 'zhang', do: 'withdraw', error: 'conflict' },
      { as: 'zhang', do: 'resubmit', direct: true, error: 'validation' },
      { as: 'zhang', do: 'resubmit', expect: { status: 'running', tasks: { a: ['liu'] } } },
      { as: 'liu', do: 'approve' },
      {
        as: 'wang',
        do: 'reject',
        expect: { status: 'rejected', tasks: {}, notifications: [{ to: 'zhang', kind: 'result' }] },
      },
      { as: 'zhang', do: 'withdraw', error: 'conflict' },
    ]);
  });

  it('the returned-to node resolves its people again, delegations included', () => {
    play(linear, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'liu', do: 'approve' },
      { as: 'liu', do: 'delegate', to: 'he' },
      { as: 'wang', do: 'return', expect: { tasks: { a: ['he'] } } },
      { as: 'liu', do: 'approve', error: 'forbidden' },
      { as: 'he', do: 'approve', expect: { tasks: { b: ['wang'] } } },
    ]);
  });

  // start → p → [a1 → a2] and [b] → j → end: a return inside one branch skips nothing.
  const twoDeep = process(
    [
      { id: 'start', type: 'start' },
      { id: 'p', type: 'parallel' },
      approval('a1', ['wang']),
      approval('a2', ['zhao']),
      approval('b', ['zhou']),
      { id: 'j', type: 'join' },
      { id: 'end', type: 'end' },
    ],
    [
      { from: 'start', to: 'p' },
      { from: 'p', to: 'a1' },
      { from: 'a1', to: 'a2' },
      { from: 'a2', to: 'j' },
      { from: 'p', to: 'b' },
      { from: 'b', to: 'j' },
      { from: 'j', to: 'end' },
    ],
  );

  it('a return inside one branch runs the sibling again where it stood', () => {
    play(twoDeep, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 1 },
        expect: { tasks: { a1: ['wang'], b: ['zhou'] } },
      },
      { as: 'wang', do: 'approve', expect: { tasks: { a2: ['zhao'], b: ['zhou'] } } },
      { as: 'zhao', do: 'return', expect: { tasks: { a1: ['wang'], b: ['zhou'] } } },
      { as: 'wang', do: 'approve' },
      { as: 'zhao', do: 'approve', expect: { status: 'running', tasks: { b: ['zhou'] } } },
      { as: 'zhou', do: 'approve', expect: { status: 'completed', tasks: {} } },
    ]);
  });

  it('a sibling branch that had arrived at the join stays arrived', () => {
    play(twoDeep, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'zhou', do: 'approve', expect: { tasks: { a1: ['wang'] } } },
      { as: 'wang', do: 'approve' },
      { as: 'zhao', do: 'return', to: 'a1', expect: { tasks: { a1: ['wang'] } } },
      { as: 'wang', do: 'approve' },
      { as: 'zhao', do: 'approve', expect: { status: 'completed', tasks: {} } },
    ]);
  });

  it('a return to before the split abandons every branch; the split runs afresh', () => {
    const withHead = process(
      [
        { id: 'start', type: 'start' },
        approval('head', ['liu']),
        { id: 'p', type: 'parallel' },
        approval('a1', ['wang']),
        approval('b', ['zhou']),
        { id: 'j', type: 'join' },
        { id: 'end', type: 'end' },
      ],
      [
        { from: 'start', to: 'head' },
        { from: 'head', to: 'p' },
        { from: 'p', to: 'a1' },
        { from: 'a1', to: 'j' },
        { from: 'p', to: 'b' },
        { from: 'b', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    );
    play(withHead, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'liu', do: 'approve' },
      { as: 'zhou', do: 'approve', expect: { tasks: { a1: ['wang'] } } },
      { as: 'wang', do: 'return', to: 'head', expect: { tasks: { head: ['liu'] } } },
      { as: 'liu', do: 'approve', expect: { tasks: { a1: ['wang'], b: ['zhou'] } } },
      { as: 'wang', do: 'approve', expect: { tasks: { b: ['zhou'] } } },
      { as: 'zhou', do: 'approve', expect: { status: 'completed' } },
    ]);
  });
});
