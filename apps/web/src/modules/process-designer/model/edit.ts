import type { Block, Branch, BranchBlock } from './nested.ts';

/** Where a list of blocks lives: the root list, or a branch of a branch block, nested. */
export type ListPath = readonly { block: number; branch: number }[];

/** What the drawer edits: a task node, or one branch's condition. */
export type Selection =
  | { kind: 'node'; path: ListPath; index: number }
  | { kind: 'branch'; path: ListPath; index: number; branch: number };

function branchAt(blocks: Block[], step: { block: number; branch: number }): Branch {
  const block = blocks[step.block];
  if (block?.kind !== 'branch') throw new Error('path does not lead to a branch');
  const branch = block.branches[step.branch];
  if (!branch) throw new Error('no such branch');
  return branch;
}

export function listAt(root: Block[], path: ListPath): Block[] {
  return path.reduce((blocks, step) => branchAt(blocks, step).blocks, root);
}

/** A copy of `root` with the list at `path` replaced by `change(list)`. */
export function mapList(
  root: Block[],
  path: ListPath,
  change: (list: Block[]) => Block[],
): Block[] {
  const [step, ...rest] = path;
  if (!step) return change(root);
  return root.map((block, index) => {
    if (index !== step.block || block.kind !== 'branch') return block;
    return {
      ...block,
      branches: block.branches.map((branch, b) =>
        b === step.branch ? { ...branch, blocks: mapList(branch.blocks, rest, change) } : branch,
      ),
    };
  });
}

export function insertBlock(root: Block[], path: ListPath, index: number, block: Block): Block[] {
  return mapList(root, path, (list) => [...list.slice(0, index), block, ...list.slice(index)]);
}

export function removeBlock(root: Block[], path: ListPath, index: number): Block[] {
  return mapList(root, path, (list) => list.filter((_, i) => i !== index));
}

export function replaceBlock(root: Block[], path: ListPath, index: number, block: Block): Block[] {
  return mapList(root, path, (list) => list.map((b, i) => (i === index ? block : b)));
}

/** Changes one branch block at `path[index]`. */
export function changeBranchBlock(
  root: Block[],
  path: ListPath,
  index: number,
  change: (block: BranchBlock) => BranchBlock | null,
): Block[] {
  return mapList(root, path, (list) =>
    list.flatMap((block, i) => {
      if (i !== index || block.kind !== 'branch') return [block];
      const changed = change(block);
      return changed ? [changed] : [];
    }),
  );
}
