import type { GraphEdge, GraphNode, ProcessGraph } from '../api/types.ts';

export interface Placed {
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLayout {
  placed: Placed[];
  /** Edges that go back to an earlier layer (drawn differently, never used for layering). */
  backEdges: Set<GraphEdge>;
  width: number;
  height: number;
}

const gapX = 56;
const gapY = 28;

/** Box size by node kind: gateways are small, events round, approvals wide enough for a name. */
export function sizeOf(node: GraphNode): { width: number; height: number } {
  if (['exclusive', 'inclusive', 'parallel', 'join'].includes(node.type)) {
    return { width: 40, height: 40 };
  }
  if (node.type === 'start' || node.type === 'end') return { width: 88, height: 40 };
  return { width: 132, height: 52 };
}

// Depth-first from the start nodes: an edge to a node still on the stack closes a cycle.
function findBackEdges(graph: ProcessGraph, roots: string[]): Set<GraphEdge> {
  const out = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<GraphEdge>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const edge of out.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === 'open') back.add(edge);
      else if (!seen) visit(edge.to);
    }
    state.set(id, 'done');
  };
  for (const root of roots) if (!state.has(root)) visit(root);
  for (const node of graph.nodes) if (!state.has(node.id)) visit(node.id);
  return back;
}

/**
 * A left-to-right layered layout: each node's layer is its longest path from a start
 * (cycles broken), nodes within a layer ordered by their predecessors' positions so
 * branches stay apart, and every layer centred on the same axis.
 */
export function layoutGraph(graph: ProcessGraph): FlowLayout {
  const roots = graph.nodes.filter((n) => n.type === 'start').map((n) => n.id);
  const backEdges = findBackEdges(graph, roots);
  const forward = graph.edges.filter((e) => !backEdges.has(e));
  const layer = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  // Longest path by relaxation; forward edges form a DAG, so |nodes| rounds suffice.
  for (let round = 0; round < graph.nodes.length; round += 1) {
    let changed = false;
    for (const edge of forward) {
      const next = (layer.get(edge.from) ?? 0) + 1;
      if (next > (layer.get(edge.to) ?? 0)) {
        layer.set(edge.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const layers: GraphNode[][] = [];
  for (const node of graph.nodes) {
    const index = layer.get(node.id) ?? 0;
    (layers[index] ??= []).push(node);
  }
  const rank = new Map<string, number>();
  layers.forEach((nodes) => {
    const score = (node: GraphNode) => {
      const preds = forward.filter((e) => e.to === node.id).map((e) => rank.get(e.from) ?? 0);
      return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : 0;
    };
    const sorted = [...nodes].sort((a, b) => score(a) - score(b));
    nodes.splice(0, nodes.length, ...sorted);
    nodes.forEach((node, index) => rank.set(node.id, index));
  });
  const columnWidths = layers.map((nodes) => Math.max(0, ...nodes.map((n) => sizeOf(n).width)));
  const columnHeights = layers.map((nodes) =>
    nodes.reduce((sum, n, i) => sum + sizeOf(n).height + (i > 0 ? gapY : 0), 0),
  );
  const height = Math.max(0, ...columnHeights);
  const placed: Placed[] = [];
  let x = 0;
  layers.forEach((nodes, index) => {
    const columnWidth = columnWidths[index] ?? 0;
    let y = (height - (columnHeights[index] ?? 0)) / 2;
    for (const node of nodes) {
      const size = sizeOf(node);
      placed.push({ node, x: x + (columnWidth - size.width) / 2, y, ...size });
      y += size.height + gapY;
    }
    x += columnWidth + gapX;
  });
  return { placed, backEdges, width: Math.max(0, x - gapX), height };
}
