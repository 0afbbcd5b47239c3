import { Background, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { ProcessDefinition } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';
import { blockColours } from './summaries.ts';

const colours: Record<string, string> = {
  start: blockColours.start,
  approval: blockColours.approval,
  notify: blockColours.notify,
  end: '#9ca3af',
};

/** Longest-path layers from the start (loops are cut at nodes already placed). */
function layers(definition: ProcessDefinition): Map<string, number> {
  const depth = new Map<string, number>();
  const start = definition.nodes.find((node) => node.type === 'start');
  const visit = (id: string, level: number, trail: Set<string>) => {
    if (trail.has(id) || (depth.get(id) ?? -1) >= level) return;
    depth.set(id, level);
    const next = new Set(trail).add(id);
    for (const edge of definition.edges) if (edge.from === id) visit(edge.to, level + 1, next);
  };
  if (start) visit(start.id, 0, new Set());
  return depth;
}

/** A definition that cannot be shown nested, as a read-only top-down graph. */
export function GraphView({ definition }: { definition: ProcessDefinition }) {
  const { nodes, edges } = useMemo(() => {
    const depth = layers(definition);
    const rows = new Map<number, number>();
    const nodes: Node[] = definition.nodes.map((node) => {
      const level = depth.get(node.id) ?? 0;
      const column = rows.get(level) ?? 0;
      rows.set(level, column + 1);
      const label =
        node.name ?? (node.type in m.blocks ? String(m.blocks[node.type as 'approval']) : node.id);
      return {
        id: node.id,
        position: { x: column * 220, y: level * 100 },
        data: { label },
        style: { borderColor: colours[node.type] ?? '#15bc83', borderWidth: 2, width: 180 },
      };
    });
    const edges: Edge[] = definition.edges.map((edge, index) => ({
      id: `e${index}`,
      source: edge.from,
      target: edge.to,
      label: edge.default ? m.blocks.defaultBranch : edge.when,
      markerEnd: { type: MarkerType.ArrowClosed },
    }));
    return { nodes, edges };
  }, [definition]);
  return (
    <div style={{ height: 600, background: '#fff', borderRadius: 8 }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
      >
        <Background />
      </ReactFlow>
    </div>
  );
}
