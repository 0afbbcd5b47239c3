import type { TemplateAssignee, TemplateEdge, TemplateNode } from '../template.types.ts';

/* Small builders so each template reads like its approval chart. */

export const start: TemplateNode = { id: 'start', type: 'start', name: '发起申请' };
export const end: TemplateNode = { id: 'end', type: 'end', name: '结束' };

/** An approval node; a role with several holders is 或签 unless told otherwise. */
export function approve(
  id: string,
  name: string,
  assignee: TemplateAssignee,
  options: Partial<TemplateNode> = {},
): TemplateNode {
  return { id, type: 'approval', name, assignee, mode: 'any', ...options };
}

/** 抄送/知会: never blocks; an empty resolution creates nothing. */
export function notify(id: string, name: string, assignee: TemplateAssignee): TemplateNode {
  return { id, type: 'notify', name, assignee };
}

export function gateway(
  id: string,
  type: 'exclusive' | 'inclusive' | 'parallel' | 'join',
  name: string,
): TemplateNode {
  return { id, type, name };
}

/** The initiator's department head (科室负责人). */
export const departmentHead = (
  id = 'dept_head',
  name = '科室负责人审批',
  options: Partial<TemplateNode> = {},
) => approve(id, name, { departmentHead: 'initiator', level: 1 }, { ifEmpty: 'admin', ...options });

/**
 * The 分管院领导: the head of the department's parent unit (临床科室 → 分管医疗副院长,
 * 行政职能 → 分管行政副院长…), which is how the hospital's tree is laid out.
 */
export const supervisingLeader = (
  id = 'vp',
  name = '分管院领导审批',
  options: Partial<TemplateNode> = {},
) => approve(id, name, { departmentHead: 'initiator', level: 2 }, { ifEmpty: 'admin', ...options });

/** A role's holders, the first approval passing the node. */
export const byRole = (
  id: string,
  name: string,
  role: string,
  options: Partial<TemplateNode> = {},
) => approve(id, name, { role }, { ifEmpty: 'admin', ...options });

export const edge = (from: string, to: string, when?: string): TemplateEdge =>
  when === undefined ? { from, to } : { from, to, when };

export const otherwise = (from: string, to: string): TemplateEdge => ({ from, to, default: true });

/** start → steps in order → end. */
export function chain(steps: TemplateNode[]): { nodes: TemplateNode[]; edges: TemplateEdge[] } {
  const nodes = [start, ...steps, end];
  return {
    nodes,
    edges: nodes.slice(1).map((node, index) => edge(nodes[index]!.id, node.id)),
  };
}
