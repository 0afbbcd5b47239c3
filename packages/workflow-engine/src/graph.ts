import type { ProcessDefinition, ProcessEdge, ProcessNode } from './definition.ts';

/** A deployed definition indexed for routing: built once per definition object. */
export interface ProcessGraph {
  nodes: Map<string, ProcessNode>;
  outgoing: Map<string, ProcessEdge[]>;
  incoming: Map<string, ProcessEdge[]>;
  start: string;
  /** The join that closes each split (its immediate post-dominator when that is a join). */
  pairedJoin: Map<string, string>;
  /** Whether `to` can be reached from `from` along edges (a node reaches itself). */
  canReach(from: string, to: string): boolean;
}

const cache = new WeakMap<ProcessDefinition, ProcessGraph>();

const isSplit = (node: ProcessNode) =>
  node.type === 'exclusive' || node.type === 'inclusive' || node.type === 'parallel';

/** Indexes a definition (assumed to have passed `checkDefinition`). */
export function graphOf(definition: ProcessDefinition): ProcessGraph {
  const cached = cache.get(definition);
  if (cached) return cached;
  const nodes = new Map(definition.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, ProcessEdge[]>(definition.nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, ProcessEdge[]>(definition.nodes.map((n) => [n.id, []]));
  for (const edge of definition.edges) {
    outgoing.get(edge.from)?.push(edge);
    incoming.get(edge.to)?.push(edge);
  }
  const start = definition.nodes.find((node) => node.type === 'start')?.id ?? 'start';
  const ipdom = immediatePostDominators(definition, outgoing);
  const pairedJoin = new Map<string, string>();
  for (const node of definition.nodes) {
    const candidate = ipdom.get(node.id);
    if (isSplit(node) && candidate !== undefined && nodes.get(candidate)?.type === 'join') {
      pairedJoin.set(node.id, candidate);
    }
  }
  const ahead = new Map<string, Set<string>>();
  const canReach = (from: string, to: string) => {
    let set = ahead.get(from);
    if (set === undefined) {
      set = reachable([from], (id) => (outgoing.get(id) ?? []).map((edge) => edge.to));
      ahead.set(from, set);
    }
    return set.has(to);
  };
  const graph = { nodes, outgoing, incoming, start, pairedJoin, canReach };
  cache.set(definition, graph);
  return graph;
}

const exit = '\u0000exit';

/**
 * Classic iterative post-dominator sets over the graph plus a virtual exit that every
 * end (and every dead end) flows into. Sets are small: process graphs have tens of nodes.
 */
function immediatePostDominators(
  definition: ProcessDefinition,
  outgoing: Map<string, ProcessEdge[]>,
): Map<string, string> {
  const ids = definition.nodes.map((node) => node.id);
  const all = new Set([...ids, exit]);
  const successors = (id: string) => {
    const next = (outgoing.get(id) ?? []).map((edge) => edge.to);
    return next.length === 0 ? [exit] : next;
  };
  const pdom = new Map<string, Set<string>>(ids.map((id) => [id, new Set(all)]));
  pdom.set(exit, new Set([exit]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of ids) {
      let meet: string[] | null = null;
      for (const next of successors(id)) {
        const other = pdom.get(next) ?? all;
        meet = meet === null ? [...other] : meet.filter((x) => other.has(x));
      }
      const updated = new Set<string>(meet ?? []);
      updated.add(id);
      if (updated.size !== pdom.get(id)?.size) {
        pdom.set(id, updated);
        changed = true;
      }
    }
  }
  const result = new Map<string, string>();
  for (const id of ids) {
    let best: string | null = null;
    let bestSize = -1;
    for (const candidate of pdom.get(id) ?? []) {
      const size = pdom.get(candidate)?.size ?? 0;
      if (candidate !== id && candidate !== exit && size > bestSize) {
        best = candidate;
        bestSize = size;
      }
    }
    if (best !== null && bestSize < all.size) result.set(id, best);
  }
  return result;
}

/** Every node reachable from `from` following edges forwards (or backwards). */
export function reachable(
  from: Iterable<string>,
  step: (id: string) => Iterable<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of step(id)) if (!seen.has(next)) queue.push(next);
  }
  return seen;
}
