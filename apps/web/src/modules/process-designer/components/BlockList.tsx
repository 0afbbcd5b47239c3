import { insertBlock, removeBlock, type ListPath } from '../model/edit.ts';
import { newBlock } from '../model/factory.ts';
import type { Block } from '../model/nested.ts';
import { designerMessages as m } from '../messages.ts';
import { AddButton } from './AddButton.tsx';
import { BranchView } from './BranchView.tsx';
import { samePath, type CanvasContext } from './canvasContext.ts';
import { NodeCard } from './NodeCard.tsx';
import { blockColours, nodeSummary } from './summaries.ts';

/** One vertical list of blocks, with a "+" after the card above it and after each block. */
export function BlockList({
  blocks,
  path,
  context,
}: {
  blocks: Block[];
  path: ListPath;
  context: CanvasContext;
}) {
  const add = (index: number) => (kind: Parameters<typeof newBlock>[0]) =>
    context.setBlocks((root) => insertBlock(root, path, index, newBlock(kind)));
  const testPrefix = path.map((s) => `${s.block}-${s.branch}`).join('_') || 'root';
  return (
    <div className="yw-pd-list">
      <AddButton onAdd={add(0)} testId={`add-${testPrefix}-0`} />
      {blocks.map((block, index) => {
        const remove = () => context.setBlocks((root) => removeBlock(root, path, index));
        const key = block.kind === 'task' ? block.node.id : block.id;
        const selected =
          context.selection?.kind === 'node' &&
          context.selection.index === index &&
          samePath(context.selection.path, path);
        return (
          <div key={key} className="yw-pd-list">
            {block.kind === 'task' ? (
              <NodeCard
                testId={`node-${block.node.id}`}
                title={block.node.name || m.blocks[block.node.type]}
                colour={blockColours[block.node.type]}
                summary={nodeSummary(block.node, context.names)}
                selected={selected}
                error={context.problemNodes.has(block.node.id)}
                onClick={() => context.select({ kind: 'node', path, index })}
                onRemove={remove}
              />
            ) : (
              <BranchView
                block={block}
                path={path}
                index={index}
                context={context}
                renderList={(inner, innerPath) => (
                  <BlockList blocks={inner} path={innerPath} context={context} />
                )}
              />
            )}
            <AddButton onAdd={add(index + 1)} testId={`add-${testPrefix}-${index + 1}`} />
          </div>
        );
      })}
    </div>
  );
}
