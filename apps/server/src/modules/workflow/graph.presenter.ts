import type { InstanceState, ProcessDefinition } from '@yuanwu/workflow-engine';

export type NodeProgress = 'passed' | 'current' | 'untouched';

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
  const routing = new Set(['exclusive', 'inclusive', 'parallel', 'join', 'end', 'notify']);
  const reached = (id: string) => passed.has(id) || current.has(id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of definition.nodes) {
      if (!routing.has(node.type) || reached(node.id)) continue;
      const from = definition.edges.some((e) => e.to === node.id && passed.has(e.from));
      const onward =
        definition.edges.some((e) => e.from === node.id && reached(e.to)) ||
        (node.type === 'end' && state.status === 'completed');
      if (from && onward) {
        passed.add(node.id);
        grew = true;
      }
    }
  }
  for (const id of current) passed.delete(id);
  return new Map(
    definition.nodes.map((node) => [
      node.id,
      current.has(node.id) ? 'current' : passed.has(node.id) ? 'passed' : 'untouched',
    ]),
  );
}
