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
  /** Bend points of each edge (by index in `graph.edges`) that skips layers. */
  routes: Map<number, { x: number; y: number }[]>;
  /** Edges that go back to an earlier layer (drawn dashed, never used for layering). */
  backEdges: Set<GraphEdge>;
  width: number;
  height: number;
}

interface Entry {
  id: string;
  node: GraphNode | null;
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
function findBackEdges(graph: ProcessGraph): Set<GraphEdge> {
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
  const roots = graph.nodes.filter((n) => n.type === 'start').map((n) => n.id);
  for (const id of [...roots, ...graph.nodes.map((n) => n.id)]) if (!state.has(id)) visit(id);
  return back;
}

function longestPathLayers(graph: ProcessGraph, forward: GraphEdge[]): Map<string, number> {
  const layer = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  // Relaxation; forward edges form a DAG, so |nodes| rounds suffice.
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
  return layer;
}

/**
 * A left-to-right layered layout: each node's layer is its longest path from a start
 * (cycles broken); an edge that skips layers gets a virtual point in each layer it
 * crosses, so it is routed around the nodes there; within a layer, entries are ordered
 * by their predecessors' positions so branches stay apart.
 */
export function layoutGraph(graph: ProcessGraph): FlowLayout {
  const backEdges = findBackEdges(graph);
  const layerOf = longestPathLayers(
    graph,
    graph.edges.filter((e) => !backEdges.has(e)),
  );
  const layers: Entry[][] = [];
  const put = (index: number, entry: Entry) => (layers[index] ??= []).push(entry);
  for (const node of graph.nodes)
    put(layerOf.get(node.id) ?? 0, { id: node.id, node, ...sizeOf(node) });
  const links: [string, string][] = [];
  const chains = new Map<number, string[]>();
  graph.edges.forEach((edge, index) => {
    if (backEdges.has(edge)) return;
    const from = layerOf.get(edge.from) ?? 0;
    const to = layerOf.get(edge.to) ?? 0;
    let previous = edge.from;
    const chain: string[] = [];
    for (let layer = from + 1; layer < to; layer += 1) {
      const id = `~${index}~${layer}`;
      put(layer, { id, node: null, width: 0, height: 8 });
      links.push([previous, id]);
      chain.push(id);
      previous = id;
    }
    links.push([previous, edge.to]);
    if (chain.length > 0) chains.set(index, chain);
  });
  const rank = new Map<string, number>();
  for (const entries of layers) {
    if (!entries) continue;
    const score = (entry: Entry) => {
      const preds = links.filter(([, to]) => to === entry.id).map(([from]) => rank.get(from) ?? 0);
      return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : 0;
    };
    entries.sort((a, b) => score(a) - score(b));
    entries.forEach((entry, index) => rank.set(entry.id, index));
  }
  const columnHeight = (entries: Entry[] = []) =>
    entries.reduce((sum, e, i) => sum + e.height + (i > 0 ? gapY : 0), 0);
  const height = Math.max(0, ...layers.map((entries) => columnHeight(entries)));
  const centres = new Map<string, { x: number; y: number }>();
  const placed: Placed[] = [];
  let x = 0;
  for (const entries of layers) {
    const list = entries ?? [];
    const columnWidth = Math.max(0, ...list.map((e) => e.width));
    let y = (height - columnHeight(list)) / 2;
    for (const entry of list) {
      const left = x + (columnWidth - entry.width) / 2;
      if (entry.node)
        placed.push({ node: entry.node, x: left, y, width: entry.width, height: entry.height });
      centres.set(entry.id, { x: x + columnWidth / 2, y: y + entry.height / 2 });
      y += entry.height + gapY;
    }
    x += columnWidth + gapX;
  }
  const routes = new Map<number, { x: number; y: number }[]>();
  for (const [index, chain] of chains) {
    routes.set(
      index,
      chain.map((id) => centres.get(id) ?? { x: 0, y: 0 }),
    );
  }
  return { placed, routes, backEdges, width: Math.max(0, x - gapX), height };
}
