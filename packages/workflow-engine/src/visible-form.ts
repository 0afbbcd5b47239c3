import type { Value } from '@yuanwu/form-engine';
import type { ProcessDefinition } from './definition.ts';
import type { InstanceState } from './state.ts';

/**
 * The form as a person reads it: the initiator and administrators read every field;
 * an approver reads what the node of their most recent task shows (hidden fields are
 * absent); a cc reader what their notify node shows. Anyone else reads nothing (null).
 */
export function visibleForm(
  state: InstanceState,
  definition: ProcessDefinition,
  personId: string,
  options: { isAdmin?: boolean } = {},
): Record<string, Value> | null {
  if (options.isAdmin === true || personId === state.initiator.id) return { ...state.form };
  const task = state.tasks.findLast((candidate) => candidate.assignee === personId);
  const cc = state.cc.findLast((item) => item.person === personId);
  const nodeId = task?.node ?? cc?.node;
  if (nodeId === undefined) return null;
  const node = definition.nodes.find((candidate) => candidate.id === nodeId);
  const permissions = node && 'fieldPermissions' in node ? (node.fieldPermissions ?? {}) : {};
  return Object.fromEntries(
    Object.entries(state.form).filter(([key]) => permissions[key] !== 'hidden'),
  );
}
