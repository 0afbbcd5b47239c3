import { changeBranchBlock, listAt, replaceBlock, type Selection } from '../model/edit.ts';
import type { Block, NestedProcess } from '../model/nested.ts';
import { BranchDrawer } from './BranchDrawer.tsx';
import { NodeDrawer } from './NodeDrawer.tsx';

/** Opens the drawer for what is selected: a node's properties or a branch's condition. */
export function SelectionDrawer({
  selection,
  process,
  setBlocks,
  onClose,
}: {
  selection: Selection | null;
  process: NestedProcess;
  setBlocks: (change: (blocks: Block[]) => Block[]) => void;
  onClose: () => void;
}) {
  const block = selection ? listAt(process.blocks, selection.path)[selection.index] : undefined;
  if (selection?.kind === 'node' && block?.kind === 'task') {
    return (
      <NodeDrawer
        node={block.node}
        form={process.form}
        onChange={(node) =>
          setBlocks((root) =>
            replaceBlock(root, selection.path, selection.index, { kind: 'task', node }),
          )
        }
        onClose={onClose}
      />
    );
  }
  if (selection?.kind === 'branch' && block?.kind === 'branch' && block.gateway !== 'parallel') {
    const branch = block.branches[selection.branch] ?? null;
    const otherDefault = block.branches.some((b, i) => b.isDefault && i !== selection.branch);
    return (
      <BranchDrawer
        branch={branch}
        form={process.form}
        canDefault={!otherDefault}
        onChange={(changed) =>
          setBlocks((root) =>
            changeBranchBlock(root, selection.path, selection.index, (b) => ({
              ...b,
              branches: b.branches.map((old, i) => (i === selection.branch ? changed : old)),
            })),
          )
        }
        onClose={onClose}
      />
    );
  }
  return null;
}
