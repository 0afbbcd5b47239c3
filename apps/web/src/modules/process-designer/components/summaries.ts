import type { AssigneeRule, TaskNode } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';

export interface Names {
  role(code: string): string;
  field(key: string): string;
}

/** One line saying who handles a node, as the card shows it. */
export function assigneeSummary(rule: AssigneeRule, names: Names): string {
  if ('people' in rule) return m.assignee.peopleCount(rule.people.length);
  if ('role' in rule) {
    if (rule.scope === 'initiatorDepartment') return m.assignee.roleScoped(names.role(rule.role));
    return `${m.assignee.role}${m.colon}${names.role(rule.role)}`;
  }
  if ('departmentHead' in rule) return m.assignee.level(rule.level ?? 1);
  if ('superior' in rule) return m.assignee.superior;
  if ('field' in rule) return `${m.assignee.field}${m.colon}${names.field(rule.field)}`;
  return m.assignee.initiator;
}

export function nodeSummary(node: TaskNode, names: Names): string {
  const who = assigneeSummary(node.assignee, names);
  if (node.type !== 'approval') return who;
  const mode = node.mode ? m.modeShort[node.mode] : '';
  return mode ? `${who} · ${mode}` : who;
}

export const blockColours = {
  start: '#576a95',
  approval: '#ff943e',
  notify: '#3296fa',
  condition: '#15bc83',
} as const;
