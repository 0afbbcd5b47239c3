import type { ErrorDetail } from '@yuanwu/kernel';
import type { ProcessDefinition } from './definition.ts';
import { reachable } from './graph.ts';

/**
 * Graph-wide rules, once every edge names known nodes: each node is reachable from
 * start and can reach an end, and every loop passes an approval node (a loop of
 * gateways alone would route forever).
 */
export function checkGraph(definition: ProcessDefinition): ErrorDetail[] {
  const next = (id: string) => definition.edges.filter((e) => e.from === id).map((e) => e.to);
  const previous = (id: string) => definition.edges.filter((e) => e.to === id).map((e) => e.from);
  const start = definition.nodes.filter((node) => node.type === 'start').map((node) => node.id);
  const ends = definition.nodes.filter((node) => node.type === 'end').map((node) => node.id);
  const fromStart = reachable(start, next);
  const toEnd = reachable(ends, previous);
  const details: ErrorDetail[] = [];
  definition.nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (!fromStart.has(node.id)) details.push({ path, message: `节点 ${node.id} 无法到达` });
    else if (!toEnd.has(node.id)) {
      details.push({ path, message: `节点 ${node.id} 无法到达结束节点` });
    }
  });
  const automatic = new Set(
    definition.nodes.filter((node) => node.type !== 'approval').map((node) => node.id),
  );
  const nextAutomatic = (id: string) => next(id).filter((to) => automatic.has(to));
  definition.nodes.forEach((node, index) => {
    if (!automatic.has(node.id)) return;
    const loops = nextAutomatic(node.id).some((to) => reachable([to], nextAutomatic).has(node.id));
    if (loops) {
      details.push({ path: `nodes[${index}]`, message: `节点 ${node.id} 所在的循环没有审批节点` });
    }
  });
  return details;
}
