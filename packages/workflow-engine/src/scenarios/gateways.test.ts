import { describe, it } from 'vitest';
import { play, process } from '../testing/fixtures.ts';

const start = { id: 'start', type: 'start' };
const end = { id: 'end', type: 'end' };
const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });

// start → inc ─(amount > 100)→ a ─┐
//            ├─(amount > 1000)→ b ─┤→ j → after → end
//            └─(default)──────→ c ─┘
const inclusive = process(
  [
    start,
    { id: 'inc', type: 'inclusive' },
    approval('a', ['qian']),
    approval('b', ['sun']),
    approval('c', ['chen']),
    { id: 'j', type: 'join' },
    approval('after', ['wang']),
    end,
  ],
  [
    { from: 'start', to: 'inc' },
    { from: 'inc', to: 'a', when: 'amount > 100' },
    { from: 'inc', to: 'b', when: 'amount > 1000' },
    { from: 'inc', to: 'c', default: true },
    { from: 'a', to: 'j' },
    { from: 'b', to: 'j' },
    { from: 'c', to: 'j' },
    { from: 'j', to: 'after' },
    { from: 'after', to: 'end' },
  ],
);

describe('inclusive gateway', () => {
  it('takes every true edge and the join waits for exactly those', () => {
    play(inclusive, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 5000 },
        expect: { tasks: { a: ['qian'], b: ['sun'] } },
      },
      { as: 'sun', do: 'approve', expect: { tasks: { a: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { tasks: { after: ['wang'] } } },
      { as: 'wang', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('takes one true edge alone and the join passes it on', () => {
    play(inclusive, [
      { as: 'zhang', do: 'start', form: { amount: 500 }, expect: { tasks: { a: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { tasks: { after: ['wang'] } } },
    ]);
  });

  it('takes the default edge when none is true', () => {
    play(inclusive, [
      { as: 'zhang', do: 'start', form: { amount: 5 }, expect: { tasks: { c: ['chen'] } } },
      { as: 'chen', do: 'approve', expect: { tasks: { after: ['wang'] } } },
    ]);
  });

  it('fails with no_route when nothing is true and there is no default', () => {
    const noDefault = structuredClone(inclusive);
    noDefault.edges = noDefault.edges.filter((edge) => edge.default !== true);
    noDefault.edges.push({ from: 'inc', to: 'c', when: 'amount < 0' });
    play(noDefault, [
      { as: 'zhang', do: 'start', form: { amount: 5 }, error: 'no_route' },
      { as: 'zhang', do: 'start', form: { amount: 500 }, expect: { tasks: { a: ['qian'] } } },
    ]);
  });
});

// start → x ─(amount > 1000)→ p ─→ a ─┐
//         │                   └──→ b ─┴→ pj → jx → last → end
//         └─(default)──────────────→ c ───────→ jx
const nested = process(
  [
    start,
    { id: 'x', type: 'exclusive' },
    { id: 'p', type: 'parallel' },
    approval('a', ['qian']),
    approval('b', ['sun']),
    { id: 'pj', type: 'join' },
    approval('c', ['chen']),
    { id: 'jx', type: 'join' },
    approval('last', ['wang']),
    end,
  ],
  [
    { from: 'start', to: 'x' },
    { from: 'x', to: 'p', when: 'amount > 1000' },
    { from: 'x', to: 'c', default: true },
    { from: 'p', to: 'a' },
    { from: 'p', to: 'b' },
    { from: 'a', to: 'pj' },
    { from: 'b', to: 'pj' },
    { from: 'pj', to: 'jx' },
    { from: 'c', to: 'jx' },
    { from: 'jx', to: 'last' },
    { from: 'last', to: 'end' },
  ],
);

describe('parallel nested inside an exclusive branch', () => {
  it('the inner join waits for both branches, the outer merges the single exclusive branch', () => {
    play(nested, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 2000 },
        expect: { tasks: { a: ['qian'], b: ['sun'] } },
      },
      { as: 'qian', do: 'approve', expect: { tasks: { b: ['sun'] } } },
      { as: 'sun', do: 'approve', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('the default branch goes straight through the outer join', () => {
    play(nested, [
      { as: 'zhang', do: 'start', form: { amount: 20 }, expect: { tasks: { c: ['chen'] } } },
      { as: 'chen', do: 'approve', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'return', expect: { tasks: { c: ['chen'] } } },
    ]);
  });

  it('an exclusive edge with neither when nor default is always true', () => {
    const always = structuredClone(nested);
    always.edges = always.edges.map((edge) =>
      edge.from === 'x' && edge.to === 'p' ? { from: 'x', to: 'p' } : edge,
    );
    play(always, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 1 },
        expect: { tasks: { a: ['qian'], b: ['sun'] } },
      },
    ]);
  });
});

// start → p ─→ a ─────────────────┐
//         └─→ x ─(amount > 100)→ b ┤→ j → last → end
//              └─(default)────→ c ─┘
const sharedJoin = process(
  [
    start,
    { id: 'p', type: 'parallel' },
    approval('a', ['qian']),
    { id: 'x', type: 'exclusive' },
    approval('b', ['sun']),
    approval('c', ['chen']),
    { id: 'j', type: 'join' },
    approval('last', ['wang']),
    end,
  ],
  [
    { from: 'start', to: 'p' },
    { from: 'p', to: 'a' },
    { from: 'p', to: 'x' },
    { from: 'x', to: 'b', when: 'amount > 100' },
    { from: 'x', to: 'c', default: true },
    { from: 'a', to: 'j' },
    { from: 'b', to: 'j' },
    { from: 'c', to: 'j' },
    { from: 'j', to: 'last' },
    { from: 'last', to: 'end' },
  ],
);

describe('one join closing a parallel and an exclusive nested in it', () => {
  it('waits for the parallel branch after merging the exclusive one', () => {
    play(sharedJoin, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 500 },
        expect: { tasks: { a: ['qian'], b: ['sun'] } },
      },
      { as: 'sun', do: 'approve', expect: { tasks: { a: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'return', error: 'validation' },
      { as: 'wang', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('and the other way round', () => {
    play(sharedJoin, [
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 5 },
        expect: { tasks: { a: ['qian'], c: ['chen'] } },
      },
      { as: 'qian', do: 'approve', expect: { tasks: { c: ['chen'] } } },
      { as: 'chen', do: 'approve', expect: { tasks: { last: ['wang'] } } },
    ]);
  });
});
