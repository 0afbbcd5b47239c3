import { describe, it } from 'vitest';
import { play, process } from '../testing/fixtures.ts';

const start = { id: 'start', type: 'start' };
const end = { id: 'end', type: 'end' };
const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });

// start → p ─→ a ───────────────────────→ j → last → end
//         └─→ b → x ─(amount > 100)─────→ j
//                   └─(default)─────────→ end
const escaping = process(
  [
    start,
    { id: 'p', type: 'parallel' },
    approval('a', ['qian']),
    approval('b', ['sun']),
    { id: 'x', type: 'exclusive' },
    { id: 'j', type: 'join' },
    approval('last', ['wang']),
    end,
  ],
  [
    { from: 'start', to: 'p' },
    { from: 'p', to: 'a' },
    { from: 'p', to: 'b' },
    { from: 'a', to: 'j' },
    { from: 'b', to: 'x' },
    { from: 'x', to: 'j', when: 'amount > 100' },
    { from: 'x', to: 'end', default: true },
    { from: 'j', to: 'last' },
    { from: 'last', to: 'end' },
  ],
);

// start → p ─→ a → j1 → j2 → last → end    (a stray join in one branch)
//         └─→ b ──────→ j2
const strayJoin = process(
  [
    start,
    { id: 'p', type: 'parallel' },
    approval('a', ['qian']),
    approval('b', ['sun']),
    { id: 'j1', type: 'join' },
    { id: 'j2', type: 'join' },
    approval('last', ['wang']),
    end,
  ],
  [
    { from: 'start', to: 'p' },
    { from: 'p', to: 'a' },
    { from: 'p', to: 'b' },
    { from: 'a', to: 'j1' },
    { from: 'j1', to: 'j2' },
    { from: 'b', to: 'j2' },
    { from: 'j2', to: 'last' },
    { from: 'last', to: 'end' },
  ],
);

describe('joins in graphs without a block structure', () => {
  it('a join waits for a branch that may still come, not for one that has left', () => {
    play(escaping, [
      { as: 'zhang', do: 'start', ref: 'in', form: { amount: 500 } },
      { as: 'qian', do: 'approve', instance: 'in', expect: { tasks: { b: ['sun'] } } },
      { as: 'sun', do: 'approve', instance: 'in', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'approve', instance: 'in', expect: { status: 'completed' } },
      { as: 'zhang', do: 'start', ref: 'out', form: { amount: 5 } },
      { as: 'qian', do: 'approve', instance: 'out', expect: { tasks: { b: ['sun'] } } },
      { as: 'sun', do: 'approve', instance: 'out', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'approve', instance: 'out', expect: { status: 'completed' } },
    ]);
  });

  it('the join that closes the split waits; a stray join passes its branch on', () => {
    play(strayJoin, [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'qian', do: 'approve', expect: { tasks: { b: ['sun'] } } },
      { as: 'sun', do: 'approve', expect: { tasks: { last: ['wang'] } } },
      { as: 'wang', do: 'approve', expect: { status: 'completed' } },
      {
        expect: {
          history: [
            ['start', 'zhang', 'submitted'],
            ['a', 'qian', 'approved'],
            ['b', 'sun', 'approved'],
            ['last', 'wang', 'approved'],
          ],
        },
      },
    ]);
  });
});

// start → head → check ─→ x ─(amount > 100)→ head   (a rework loop through approvals)
//                          └─(default)─────→ end
const rework = process(
  [
    start,
    approval('head', ['liu']),
    { ...approval('check', ['wang']), fieldPermissions: { amount: 'editable' } },
    { id: 'x', type: 'exclusive' },
    end,
  ],
  [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'check' },
    { from: 'check', to: 'x' },
    { from: 'x', to: 'head', when: 'amount > 100' },
    { from: 'x', to: 'end', default: true },
  ],
);

describe('loops through approval nodes', () => {
  it('route back until the condition lets the instance out', () => {
    play(rework, [
      { as: 'zhang', do: 'start', form: { amount: 500 } },
      { as: 'liu', do: 'approve' },
      { as: 'wang', do: 'approve', expect: { tasks: { head: ['liu'] } } },
      { as: 'liu', do: 'approve' },
      { as: 'wang', do: 'approve', form: { amount: 80 }, expect: { status: 'completed' } },
    ]);
  });
});
