import type { ProcessDefinition } from './definition.ts';
import { blankProcess } from './factory.ts';
import { toGraph } from './toGraph.ts';

/**
 * A process that does not exist yet, as the form designer publishes it when the form comes
 * first: 发起人 → 审批人 (the initiator's department head) → end, with no fields yet.
 */
export function newProcessDefinition(key: string, name: string): ProcessDefinition {
  return toGraph(blankProcess(key, name, { fields: [] }));
}
