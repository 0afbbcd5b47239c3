import type { NestedProcess } from '../model/nested.ts';
import { designerMessages as m } from '../messages.ts';
import { BlockList } from './BlockList.tsx';
import type { CanvasContext } from './canvasContext.ts';
import { NodeCard } from './NodeCard.tsx';
import { blockColours } from './summaries.ts';
import './designer.css';

/** The vertical flow: 发起人 → blocks → 流程结束. */
export function FlowCanvas({
  process,
  context,
}: {
  process: NestedProcess;
  context: CanvasContext;
}) {
  return (
    <div className="yw-pd-canvas" data-testid="designer-canvas">
      <div className="yw-pd-list">
        <NodeCard
          testId="node-start"
          title={m.blocks.start}
          colour={blockColours.start}
          summary={m.blocks.startSummary}
        />
        <BlockList blocks={process.blocks} path={[]} context={context} />
        <div className="yw-pd-end">{m.blocks.end}</div>
      </div>
    </div>
  );
}
