import { Button } from 'antd';
import type { ReactNode } from 'react';
import { changeBranchBlock, type ListPath } from '../model/edit.ts';
import { newBranch } from '../model/factory.ts';
import type { Block, BranchBlock } from '../model/nested.ts';
import { designerMessages as m } from '../messages.ts';
import { samePath, type CanvasContext } from './canvasContext.ts';
import { conditionSummary } from './conditionSummary.ts';
import { NodeCard } from './NodeCard.tsx';
import { blockColours } from './summaries.ts';

/**
 * A split with its branches side by side, each topped by its condition card. Each branch's
 * own list is drawn by `renderList` (the block list that contains this view), which keeps
 * the two components from importing each other.
 */
export function BranchView({
  block,
  path,
  index,
  context,
  renderList,
}: {
  block: BranchBlock;
  path: ListPath;
  index: number;
  context: CanvasContext;
  renderList: (blocks: Block[], path: ListPath) => ReactNode;
}) {
  const parallel = block.gateway === 'parallel';
  const change = (fn: (b: BranchBlock) => BranchBlock | null) =>
    context.setBlocks((root) => changeBranchBlock(root, path, index, fn));
  const addBranch = () =>
    change((b) => {
      const fresh = newBranch(b.id, b.branches.length);
      const defaultAt = b.branches.findIndex((branch) => branch.isDefault);
      const at = defaultAt < 0 ? b.branches.length : defaultAt;
      return { ...b, branches: [...b.branches.slice(0, at), fresh, ...b.branches.slice(at)] };
    });
  const removeBranch = (which: number) =>
    change((b) =>
      b.branches.length <= 2 ? null : { ...b, branches: b.branches.filter((_, i) => i !== which) },
    );
  const colour = parallel ? '#718dff' : blockColours.condition;
  return (
    <div className="yw-pd-branch" data-testid={`branch-${block.id}`}>
      <Button className="yw-pd-branch-add" size="small" shape="round" onClick={addBranch}>
        {parallel ? m.blocks.addParallel : m.blocks.addBranch}
      </Button>
      <div className="yw-pd-columns">
        {block.branches.map((branch, b) => {
          const selected =
            context.selection?.kind === 'branch' &&
            context.selection.index === index &&
            context.selection.branch === b &&
            samePath(context.selection.path, path);
          const title = branch.isDefault
            ? m.blocks.defaultBranch
            : parallel
              ? m.blocks.parallelBranch(b + 1)
              : m.blocks.condition(b + 1);
          const summary = parallel
            ? m.blocks.parallelSummary
            : branch.isDefault
              ? m.blocks.defaultSummary
              : branch.when
                ? conditionSummary(branch.when, (key) => context.names.field(key))
                : m.blocks.noCondition;
          return (
            <div className="yw-pd-column" key={branch.key}>
              <NodeCard
                className="yw-pd-condition"
                testId={`condition-${block.id}-${b}`}
                title={title}
                colour={colour}
                summary={summary}
                empty={!parallel && !branch.isDefault && !branch.when}
                selected={selected}
                error={
                  context.problemNodes.has(block.id) &&
                  !branch.when &&
                  !branch.isDefault &&
                  !parallel
                }
                onClick={() => context.select({ kind: 'branch', path, index, branch: b })}
                onRemove={() => removeBranch(b)}
              />
              {renderList(branch.blocks, [...path, { block: index, branch: b }])}
              <div className="yw-pd-column-fill" />
            </div>
          );
        })}
      </div>
    </div>
  );
}
