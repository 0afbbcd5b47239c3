import type { NodeProgress } from '@yuanwu/contracts';
import type { InstanceState, ProcessDefinition } from '@yuanwu/workflow-engine';

export type { NodeProgress };

/**
 * Marks each node of the definition for the progress diagram: `current` where a
 * task is live or a branch waits at a join, `passed` where the instance has been
 * (decisions, closed tasks, cc items, and the gateways between such nodes),
 * `untouched` elsewhere.
 */
export function nodeProgress(
  definition: ProcessDefinition,
  state: InstanceState,
): Map<string, NodeProgress> {
  const current = new Set<string>();
  for (const task of state.tasks) {
    if (task.state === 'open' || task.state === 'waiting') current.add(task.node);
  }
  for (const token of state.tokens) if (token.state === 'parked') current.add(token.node);
  const passed = new Set<string>();
  if (state.status !== 'draft') {
    for (const node of definition.nodes) if (node.type === 'start') passed.add(node.id);
  }
  for (const entry of state.history) passed.add(entry.node);
  for (const task of state.tasks) if (!current.has(task.node)) passed.add(task.node);
  for (const item of state.cc) passed.add(item.node);
  // A routing node (gateway, join, notify without recipients, end) was passed when it lies
  // on a way from a node the instance passed to one it reached, through routing nodes only.
  const routing = new Set(['exclusive', 'inclusive', 'parallel', 'join', 'end', 'notify']);
  const types = new Map(definition.nodes.map((node) => [node.id, node.type]));
  const isRouting = (id: string) => routing.has(types.get(id) ?? '');
  const reached = new Set([...passed, ...current]);
  if (state.status === 'completed') {
    for (const node of definition.nodes) if (node.type === 'end') reached.add(node.id);
  }
  const forward = spread(definition, [...passed], 'from', isRouting);
  const backward = spread(definition, [...reached], 'to', isRouting);
  for (const id of forward) if (backward.has(id) && isRouting(id)) passed.add(id);
  for (const id of reached) if (isRouting(id) && forward.has(id)) passed.add(id);
  for (const id of current) passed.delete(id);
  return new Map(
    definition.nodes.map((node) => [
      node.id,
      current.has(node.id) ? 'current' : passed.has(node.id) ? 'passed' : 'untouched',
    ]),
  );
}

/** Nodes reachable from `seeds` along edges (forward from `from`, or backward from `to`), stepping only through routing nodes. */
function spread(
  definition: ProcessDefinition,
  seeds: string[],
  along: 'from' | 'to',
  isRouting: (id: string) => boolean,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...seeds];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const edge of definition.edges) {
      const [here, next] = along === 'from' ? [edge.from, edge.to] : [edge.to, edge.from];
      if (here !== id || seen.has(next) || !isRouting(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}
