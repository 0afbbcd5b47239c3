import { describe, expect, it } from 'vitest';
import { blankProcess } from './factory.ts';
import { fromGraph } from './fromGraph.ts';
import { toGraph } from './toGraph.ts';

describe('the end of a process', () => {
  it('is named in a new process, so the request chart shows 流程结束, and keeps its name', () => {
    const graph = toGraph(blankProcess('p', 'P', { fields: [] }));
    expect(graph.nodes.find((node) => node.type === 'end')).toMatchObject({ name: '流程结束' });
    expect(fromGraph(graph)?.endName).toBe('流程结束');
    expect(toGraph(fromGraph(graph) ?? blankProcess('p', 'P', { fields: [] }))).toEqual(graph);
  });
});
