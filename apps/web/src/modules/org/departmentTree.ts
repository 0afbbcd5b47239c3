import type { DepartmentNode } from './api/types.ts';

/** Every node of the tree, depth first. */
export function flattenTree(nodes: DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The names from the root down to the department (for labels such as 内科 / 心内科). */
export function pathOf(nodes: DepartmentNode[], id: string): DepartmentNode[] {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = pathOf(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** Keeps the matching nodes and their ancestors, so a filtered tree still reads as a tree. */
export function pruneTree(
  nodes: DepartmentNode[],
  keep: (node: DepartmentNode) => boolean,
): DepartmentNode[] {
  return nodes.flatMap((node) => {
    const children = pruneTree(node.children, keep);
    return keep(node) || children.length > 0 ? [{ ...node, children }] : [];
  });
}
