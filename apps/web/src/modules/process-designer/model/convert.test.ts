import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, TaskNode } from './definition.ts';
import { fromGraph } from './fromGraph.ts';
import type { Block, NestedProcess } from './nested.ts';
import { toGraph } from './toGraph.ts';

const form = { fields: [{ key: 'amount', label: '金额', type: 'money' as const }] };
const approval = (id: string): TaskNode => ({
  id,
  type: 'approval',
  assignee: { departmentHead: 'initiator' },
});

function nested(blocks: Block[]): NestedProcess {
  return { key: 'p', name: 'P', form, start: { id: 'start', type: 'start' }, endId: 'end', blocks };
}

const sample = nested([
  { kind: 'task', node: approval('head') },
  {
    kind: 'branch',
    gateway: 'exclusive',
    id: 'x',
    joinId: 'x_join',
    branches: [
      { key: 'x:0', when: 'amount > 1000', blocks: [{ kind: 'task', node: approval('fin') }] },
      { key: 'x:1', isDefault: true, blocks: [] },
    ],
  },
  { kind: 'task', node: { id: 'cc', type: 'notify', assignee: { people: ['p1'] } } },
]);

describe('nested ↔ graph', () => {
  it('gives each split its join and puts conditions on the branch edges', () => {
    const graph = toGraph(sample);
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'start',
      'head',
      'x',
      'fin',
      'x_join',
      'cc',
      'end',
    ]);
    expect(graph.edges).toEqual([
      { from: 'start', to: 'head' },
      { from: 'head', to: 'x' },
      { from: 'x', to: 'fin', when: 'amount > 1000' },
      { from: 'fin', to: 'x_join' },
      { from: 'x', to: 'x_join', default: true },
      { from: 'x_join', to: 'cc' },
      { from: 'cc', to: 'end' },
    ]);
    expect(fromGraph(graph)).toEqual(sample);
  });

  it('refuses graphs that are not nested', () => {
    const graph: ProcessDefinition = toGraph(sample);
    // Both branches straight to the end: no join, so not nested.
    const noJoin = {
      ...graph,
      nodes: graph.nodes.filter((node) => node.id !== 'x_join'),
      edges: [
        { from: 'start', to: 'x' },
        { from: 'x', to: 'end', when: 'amount > 1' },
        { from: 'x', to: 'end', default: true },
      ],
    };
    expect(fromGraph(noJoin)).toBeNull();
    const loop = { ...graph, edges: [...graph.edges, { from: 'cc', to: 'head' }] };
    expect(fromGraph(loop)).toBeNull();
  });

  it('round-trips any nested process (property)', () => {
    let seq = 0;
    const id = (prefix: string) => `${prefix}${(seq += 1)}`;
    const blocks: fc.Memo<Block[]> = fc.memo((depth) =>
      fc.array(
        depth <= 1
          ? fc.constant(null).map((): Block => ({ kind: 'task', node: approval(id('a')) }))
          : fc.oneof(
              fc.constant(null).map((): Block => ({ kind: 'task', node: approval(id('a')) })),
              fc
                .tuple(
                  fc.constantFrom('exclusive', 'parallel', 'inclusive' as const),
                  fc.array(blocks(depth - 1), { minLength: 1, maxLength: 3 }),
                )
                .map(([gateway, lists]): Block => {
                  const split = id('s');
                  return {
                    kind: 'branch',
                    gateway,
                    id: split,
                    joinId: `${split}_join`,
                    branches: lists.map((list, index) => ({
                      key: `${split}:${index}`,
                      ...(gateway === 'parallel'
                        ? {}
                        : index === lists.length - 1
                          ? { isDefault: true }
                          : { when: `amount > ${index}` }),
                      blocks: list,
                    })),
                  };
                }),
            ),
        { maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(blocks(3), (list) => {
        const process = nested(list);
        expect(fromGraph(toGraph(process))).toEqual(process);
      }),
      { numRuns: 200 },
    );
  });
});
