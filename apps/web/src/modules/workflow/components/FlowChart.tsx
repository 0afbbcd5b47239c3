import { Background, MarkerType, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Flex, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { NodeProgress, ProcessGraph } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';
import { layoutGraph } from './flowLayout.ts';
import { FlowEdge, type FlowEdgeType } from './FlowEdge.tsx';
import { FlowNode, progressColours, type FlowNodeType } from './FlowNode.tsx';
import './flowChart.css';

const nodeTypes = { progress: FlowNode };
const edgeTypes = { routed: FlowEdge };

function Legend() {
  const items: NodeProgress[] = ['passed', 'current', 'untouched'];
  return (
    <Space size={16} className="yw-flow-legend">
      {items.map((progress) => (
        <Flex key={progress} align="center" gap={6}>
          <span
            className="yw-flow-swatch"
            style={{
              borderColor: progressColours[progress].border,
              background: progressColours[progress].fill,
            }}
          />
          <Typography.Text type="secondary">{m.progress[progress]}</Typography.Text>
        </Flex>
      ))}
    </Space>
  );
}

/**
 * The process as a read-only chart: layered left to right, nodes coloured by progress
 * (passed / current / untouched), edges between reached nodes highlighted.
 */
export function FlowChart({ graph, height }: { graph: ProcessGraph; height?: number }) {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const progress = useMemo(
    () => new Map(graph.nodes.map((n) => [n.id, n.progress] as const)),
    [graph.nodes],
  );
  const nodes = useMemo<FlowNodeType[]>(
    () =>
      layout.placed.map((p) => ({
        id: p.node.id,
        type: 'progress',
        position: { x: p.x, y: p.y },
        data: { node: p.node, width: p.width, height: p.height },
        draggable: false,
        selectable: false,
      })),
    [layout],
  );
  const edges = useMemo<FlowEdgeType[]>(
    () =>
      graph.edges.map((edge, index) => {
        const reached =
          progress.get(edge.from) === 'passed' && progress.get(edge.to) !== 'untouched';
        const colour = reached ? '#52c41a' : '#bfbfbf';
        return {
          id: `${edge.from}->${edge.to}#${index}`,
          source: edge.from,
          target: edge.to,
          type: 'routed',
          data: { points: layout.routes.get(index) ?? [] },
          animated: reached && progress.get(edge.to) === 'current',
          style: {
            stroke: colour,
            strokeWidth: reached ? 2 : 1.5,
            strokeDasharray: layout.backEdges.has(edge) ? '4 4' : undefined,
          },
          markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
        };
      }),
    [graph.edges, layout, progress],
  );
  const chartHeight = height ?? Math.min(420, Math.max(180, layout.height + 80));
  return (
    <div className="yw-flow" data-testid="flow-chart">
      <div style={{ height: chartHeight }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          fitView
          fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
          nodesConnectable={false}
          nodesDraggable={false}
          elementsSelectable={false}
          zoomOnScroll={false}
          preventScrolling={false}
          minZoom={0.3}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} color="#f0f0f0" />
        </ReactFlow>
      </div>
      <Legend />
    </div>
  );
}
