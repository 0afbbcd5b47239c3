import { CheckOutlined, ClockCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { GraphNode, NodeProgress } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';

export type FlowNodeData = { node: GraphNode; width: number; height: number };
export type FlowNodeType = Node<FlowNodeData, 'progress'>;

/** Colours per progress: green done, blue in progress, grey not reached yet. */
export const progressColours: Record<NodeProgress, { border: string; fill: string; text: string }> =
  {
    passed: { border: '#52c41a', fill: '#f6ffed', text: '#237804' },
    current: { border: '#1677ff', fill: '#e6f4ff', text: '#0958d9' },
    untouched: { border: '#d9d9d9', fill: '#fafafa', text: '#8c8c8c' },
  };

const gatewaySymbol: Record<string, string> = {
  exclusive: '×',
  inclusive: '○',
  parallel: '+',
  join: '+',
};

const hidden = { opacity: 0, width: 1, height: 1, minWidth: 0, minHeight: 0, border: 0 };

/** One node of the progress chart, drawn by kind (event, gateway, task) and progress. */
export function FlowNode({ data }: NodeProps<FlowNodeType>) {
  const { node, width, height } = data;
  const colour = progressColours[node.progress];
  const gateway = node.type in gatewaySymbol;
  const round = node.type === 'start' || node.type === 'end';
  const icon =
    node.progress === 'passed' ? (
      <CheckOutlined />
    ) : node.progress === 'current' ? (
      <ClockCircleOutlined />
    ) : null;
  const label = gateway ? (
    <span
      className="yw-flow-gateway"
      style={{ borderColor: colour.border, background: colour.fill }}
    >
      <span style={{ transform: 'rotate(-45deg)' }}>
        {node.type === 'parallel' || node.type === 'join' ? (
          <PlusOutlined />
        ) : (
          gatewaySymbol[node.type]
        )}
      </span>
    </span>
  ) : (
    <span className="yw-flow-label">
      {icon && <span className="yw-flow-icon">{icon}</span>}
      {node.name}
    </span>
  );
  // The diamond is drawn inside an unrotated box, so the handles stay at the left and right.
  return (
    <div
      className={`yw-flow-node yw-flow-${node.progress}${gateway ? ' yw-flow-gw' : ''}`}
      title={`${node.name} · ${m.progress[node.progress]}`}
      data-node={node.id}
      data-progress={node.progress}
      style={{
        width,
        height,
        borderColor: gateway ? 'transparent' : colour.border,
        background: gateway ? 'transparent' : colour.fill,
        color: colour.text,
        borderRadius: round ? height / 2 : 8,
      }}
    >
      <Handle type="target" position={Position.Left} style={hidden} isConnectable={false} />
      {label}
      <Handle type="source" position={Position.Right} style={hidden} isConnectable={false} />
    </div>
  );
}
