import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';

export type FlowEdgeType = Edge<{ points: { x: number; y: number }[] }, 'routed'>;

/**
 * An edge through its bend points, each stretch a horizontal-tangent curve, so an edge
 * that skips layers passes between the nodes instead of through them.
 */
export function FlowEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  style,
  markerEnd,
}: EdgeProps<FlowEdgeType>) {
  const points = [{ x: sourceX, y: sourceY }, ...(data?.points ?? []), { x: targetX, y: targetY }];
  let path = `M ${sourceX} ${sourceY}`;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i - 1] ?? { x: sourceX, y: sourceY };
    const q = points[i] ?? { x: targetX, y: targetY };
    const bend = Math.max(12, Math.abs(q.x - p.x) / 2);
    path += ` C ${p.x + bend} ${p.y} ${q.x - bend} ${q.y} ${q.x} ${q.y}`;
  }
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />;
}
