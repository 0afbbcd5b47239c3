import type { ListPath, Selection } from './edit.ts';
import type { Block } from './nested.ts';

/** Where a node id sits in the nested model: its card, or a split's first branch. */
export function findSelection(
  blocks: Block[],
  nodeId: string,
  path: ListPath = [],
): Selection | null {
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'task') {
      if (block.node.id === nodeId) return { kind: 'node', path, index };
      continue;
    }
    if (block.id === nodeId || block.joinId === nodeId) {
      const open = block.branches.findIndex((b) => !b.isDefault && !b.when);
      return { kind: 'branch', path, index, branch: Math.max(open, 0) };
    }
    for (const [b, branch] of block.branches.entries()) {
      const found = findSelection(branch.blocks, nodeId, [...path, { block: index, branch: b }]);
      if (found) return found;
    }
  }
  return null;
}
