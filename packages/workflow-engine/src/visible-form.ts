import type { Value } from '@yuanwu/form-engine';
import type { ProcessDefinition } from './definition.ts';
import type { InstanceState } from './state.ts';

interface Viewer {
  isAdmin?: boolean;
}

/**
 * The fields a person may not read: none for the initiator and administrators; for an
 * approver, those hidden at the node of their most recent task; for a cc reader, those
 * hidden at their notify node. Null when the person has no right to read the form.
 */
export function hiddenFields(
  state: InstanceState,
  definition: ProcessDefinition,
  personId: string,
  viewer: Viewer = {},
): string[] | null {
  if (viewer.isAdmin === true || personId === state.initiator.id) return [];
  const task = state.tasks.findLast((candidate) => candidate.assignee === personId);
  const cc = state.cc.findLast((item) => item.person === personId);
  const nodeId = task?.node ?? cc?.node;
  if (nodeId === undefined) return null;
  const node = definition.nodes.find((candidate) => candidate.id === nodeId);
  const permissions = node && 'fieldPermissions' in node ? (node.fieldPermissions ?? {}) : {};
  return definition.form.fields
    .map((field) => field.key)
    .filter((key) => permissions[key] === 'hidden');
}

/** The form as that person reads it (hidden fields absent), or null when they may not read it. */
export function visibleForm(
  state: InstanceState,
  definition: ProcessDefinition,
  personId: string,
  viewer: Viewer = {},
): Record<string, Value> | null {
  const hidden = hiddenFields(state, definition, personId, viewer);
  if (hidden === null) return null;
  return Object.fromEntries(Object.entries(state.form).filter(([key]) => !hidden.includes(key)));
}
