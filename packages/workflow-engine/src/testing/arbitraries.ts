import fc from 'fast-check';
import { amountForm } from './fixtures.ts';

/** People of the hospital fixture who may appear in generated rules and actions. */
export const pool = ['liu', 'wang', 'zhao', 'qian', 'sun', 'chen', 'zhou', 'he', 'yuan'];

type Rule = Record<string, unknown>;
export type Block =
  | {
      kind: 'approval';
      rule: Rule;
      mode: string | null;
      ifEmpty: string | null;
      timed: string | null;
    }
  | { kind: 'notify'; rule: Rule }
  | { kind: 'seq'; items: Block[] }
  | {
      kind: 'split';
      type: 'parallel' | 'inclusive' | 'exclusive';
      branches: (Block | null)[];
      limits: number[];
      /** As a branch of another split: close it with the parent's join, not a join of its own. */
      shareJoin: boolean;
    };

const rule: fc.Arbitrary<Rule> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 })
      .map((people) => ({ people })),
  },
  fc.constantFrom<Rule>(
    { role: 'fin-reviewer' },
    { role: 'nobody' },
    { superior: 'initiator' },
    { initiator: true },
  ),
  fc.integer({ min: 1, max: 3 }).map((level) => ({ departmentHead: 'initiator', level })),
);

const leaf: fc.Arbitrary<Block> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('approval' as const),
      rule,
      mode: fc.constantFrom(null, 'all', 'any', 'sequence'),
      ifEmpty: fc.constantFrom(null, 'skip', 'admin', 'skip', 'admin'),
      timed: fc.constantFrom(null, null, 'remind', 'autoApprove'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('notify' as const), rule }) },
);

/** Block-structured process bodies: sequences, and splits closed by joins, nested. */
export const blockArbitrary: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('block'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('split' as const),
      type: fc.constantFrom('parallel' as const, 'inclusive' as const, 'exclusive' as const),
      branches: fc.array(fc.option(tie('block'), { freq: 6 }), { minLength: 1, maxLength: 3 }),
      limits: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 }),
      shareJoin: fc.boolean(),
    }),
  ),
})).block;

/** Compiles a body into an interchange definition: start → body → end. */
export function compile(body: Block): unknown {
  const nodes: Record<string, unknown>[] = [{ id: 'start', type: 'start' }];
  const edges: Record<string, unknown>[] = [];
  let count = 0;
  const fresh = (prefix: string) => `${prefix}${(count += 1)}`;
  const emit = (block: Block, from: string, edge: Record<string, unknown> = {}): string => {
    if (block.kind === 'seq') {
      return block.items.reduce(
        (last, item, index) => emit(item, last, index === 0 ? edge : {}),
        from,
      );
    }
    const id = fresh(block.kind === 'split' ? block.type : block.kind);
    edges.push({ from, to: id, ...edge });
    if (block.kind === 'approval') {
      const timer = block.timed === null ? {} : { timeLimit: 'PT2H', onTimeout: block.timed };
      const options = {
        ...(block.mode ? { mode: block.mode } : {}),
        ...(block.ifEmpty ? { ifEmpty: block.ifEmpty } : {}),
      };
      nodes.push({ id, type: 'approval', assignee: block.rule, ...options, ...timer });
      return id;
    }
    if (block.kind === 'notify') {
      nodes.push({ id, type: 'notify', assignee: block.rule });
      return id;
    }
    nodes.push({ id, type: block.type });
    const join = fresh('join');
    branchesInto(block, id, join);
    nodes.push({ id: join, type: 'join' });
    return join;
  };
  const branchesInto = (block: Extract<Block, { kind: 'split' }>, id: string, join: string) => {
    block.branches.forEach((branch, index) => {
      const last = index === block.branches.length - 1;
      const guard =
        block.type === 'parallel'
          ? {}
          : last
            ? { default: true }
            : { when: `amount > ${block.limits[index] ?? 0}` };
      if (branch === null) edges.push({ from: id, to: join, ...guard });
      else if (branch.kind === 'split' && branch.shareJoin) {
        const inner = fresh(branch.type);
        nodes.push({ id: inner, type: branch.type });
        edges.push({ from: id, to: inner, ...guard });
        branchesInto(branch, inner, join);
      } else edges.push({ from: emit(branch, id, guard), to: join });
    });
  };
  const exit = emit(body, 'start');
  nodes.push({ id: 'end', type: 'end' });
  edges.push({ from: exit, to: 'end' });
  return { key: 'generated', name: '生成的流程', form: amountForm, nodes, edges };
}
