import type { NodeReference, ProcessNode } from '@yuanwu/workflow-engine';

/** A node's 办理提示 and 参考资料 for the instance page (empty when it has none). */
export function guidanceOf(node: ProcessNode | undefined): {
  hint: string | null;
  references: NodeReference[];
} {
  if (!node || !('hint' in node || 'references' in node)) return { hint: null, references: [] };
  const guided = node as { hint?: string; references?: NodeReference[] };
  return { hint: guided.hint ?? null, references: guided.references ?? [] };
}
