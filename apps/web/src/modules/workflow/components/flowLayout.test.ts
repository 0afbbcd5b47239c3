import { describe, expect, it } from 'vitest';
import type { GraphNode, ProcessGraph } from '../api/types.ts';
import { layoutGraph } from './flowLayout.ts';

const node = (id: string, type: GraphNode['type']): GraphNode => ({
  id,
  type,
  name: id,
  progress: 'untouched',
});

// start → head → gw → (vp →) end: the default edge gw → end skips the vp layer.
const graph: ProcessGraph = {
  nodes: [
    node('start', 'start'),
    node('head', 'approval'),
    node('gw', 'exclusive'),
    node('vp', 'approval'),
    node('end', 'end'),
  ],
  edges: [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'gw' },
    { from: 'gw', to: 'vp', when: 'days > 3' },
    { from: 'gw', to: 'end', default: true },
    { from: 'vp', to: 'end' },
  ],
};

describe('layoutGraph', () => {
  it('puts nodes in layers by longest path, left to right', () => {
    const layout = layoutGraph(graph);
    const x = (id: string) => layout.placed.find((p) => p.node.id === id)?.x ?? -1;
    expect(x('start')).toBeLessThan(x('head'));
    expect(x('head')).toBeLessThan(x('gw'));
    expect(x('gw')).toBeLessThan(x('vp'));
    expect(x('vp')).toBeLessThan(x('end'));
  });

  it('routes an edge that skips a layer beside the node in that layer', () => {
    const layout = layoutGraph(graph);
    const bend = layout.routes.get(3);
    expect(bend).toHaveLength(1);
    const vp = layout.placed.find((p) => p.node.id === 'vp');
    const point = bend?.[0];
    expect(vp && point && (point.y < vp.y || point.y > vp.y + vp.height)).toBe(true);
  });

  it('survives a cycle and marks its closing edge as a back edge', () => {
    const cyclic: ProcessGraph = {
      nodes: [node('start', 'start'), node('a', 'approval'), node('end', 'end')],
      edges: [
        { from: 'start', to: 'a' },
        { from: 'a', to: 'start' },
        { from: 'a', to: 'end' },
      ],
    };
    const layout = layoutGraph(cyclic);
    expect(layout.backEdges.size).toBe(1);
    expect(layout.placed).toHaveLength(3);
  });
});
