import fc from 'fast-check';
import type { WorkflowAction } from '../commands.ts';
import type { DeployedProcess } from '../definition.ts';
import { openTasks } from '../queries.ts';
import type { InstanceState } from '../state.ts';
import { pool } from './arbitraries.ts';

/** One step of a random story; `pick` chooses among whatever is open at that moment. */
export type Move =
  | {
      kind: 'holder';
      op: 'approve' | 'reject' | 'return' | 'returnTo' | 'transfer' | 'before' | 'after';
      pick: number;
      person: string;
    }
  | { kind: 'initiator'; op: 'withdraw' | 'resubmit' | 'direct' | 'urge' }
  | { kind: 'admin'; op: 'suspend' | 'resume' | 'terminate' | 'jump'; pick: number }
  | { kind: 'stranger'; person: string }
  | { kind: 'time'; hours: number };

export const moveArbitrary: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('holder' as const),
      op: fc.constantFrom(
        ...([
          ...Array<'approve'>(10).fill('approve'),
          ...['return', 'returnTo', 'returnTo', 'transfer', 'before', 'after', 'reject'],
        ] as const),
      ),
      pick: fc.nat(),
      person: fc.constantFrom(...pool),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('initiator' as const),
      op: fc.constantFrom(
        ...(['withdraw', 'resubmit', 'resubmit', 'direct', 'direct', 'urge'] as const),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('admin' as const),
      op: fc.constantFrom(
        ...(['suspend', 'resume', 'resume', 'jump', 'jump', 'jump', 'terminate'] as const),
      ),
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('stranger' as const),
      person: fc.constantFrom(...pool),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      hours: fc.integer({ min: 0, max: 5 }),
    }),
  },
);

/** The command a move stands for in this state, or null when it has nothing to act on. */
export function actionFor(
  state: InstanceState,
  process: DeployedProcess,
  move: Move,
): WorkflowAction | null {
  const person = (id: string) => ({ id, isAdmin: id === 'admin' });
  const nodes = process.definition.nodes;
  switch (move.kind) {
    case 'holder': {
      const open = openTasks(state);
      const task = open[move.pick % Math.max(open.length, 1)];
      if (task === undefined) return null;
      const base = { actor: person(task.assignee), node: task.node };
      if (move.op === 'approve' || move.op === 'reject' || move.op === 'return')
        return { ...base, type: move.op };
      if (move.op === 'returnTo')
        return { ...base, type: 'return', to: nodes[move.pick % nodes.length]?.id ?? 'start' };
      if (move.op === 'transfer') return { ...base, type: 'transfer', to: move.person };
      return { ...base, type: 'addSign', to: [move.person], position: move.op };
    }
    case 'initiator': {
      const actor = person('zhang');
      if (move.op === 'direct') return { type: 'resubmit', actor, direct: true };
      return { type: move.op, actor };
    }
    case 'admin': {
      const actor = person('admin');
      if (move.op === 'jump')
        return { type: 'jump', actor, to: nodes[move.pick % nodes.length]?.id ?? 'end' };
      return { type: move.op, actor };
    }
    case 'stranger':
      return { type: 'approve', actor: person(move.person) };
    case 'time':
      return null;
  }
}
