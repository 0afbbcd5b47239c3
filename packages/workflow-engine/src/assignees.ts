import type { AssigneeRule } from './definition.ts';
import type { Tx } from './tx.ts';

/**
 * The people an assignee rule names for this instance, in the order the README fixes:
 * `people` as listed, `role` in the organisation's order (with `scope: 'initiatorDepartment'`
 * only those in the initiator's department), `field` in the field's order.
 * Unknown people are dropped and duplicates kept once, so an empty answer means "nobody".
 */
export function resolveAssignees(tx: Tx, rule: AssigneeRule): string[] {
  const org = tx.env.org;
  const initiator = tx.state.initiator;
  const dept = (person: string) => org.departmentOf(person);
  let people: string[];
  if ('people' in rule) people = rule.people;
  else if ('role' in rule) {
    people = org.roleHolders(rule.role);
    // Members of the department itself, not of its sub-departments: a ward's 护士长.
    if (rule.scope === 'initiatorDepartment') {
      people = people.filter((person) => dept(person) === initiator.dept && dept(person) !== null);
    }
  } else if ('departmentHead' in rule) {
    const dept = initiator.dept;
    const head = dept === null ? null : org.departmentHead(dept, rule.level ?? 1);
    people = head === null ? [] : [head];
  } else if ('superior' in rule) {
    const superior = org.superiorOf(initiator.id);
    people = superior === null ? [] : [superior];
  } else if ('field' in rule) people = peopleInField(tx.state.form[rule.field]);
  else people = [initiator.id];
  const seen = new Set<string>();
  return people.filter((person) => {
    if (seen.has(person) || !org.personExists(person)) return false;
    seen.add(person);
    return true;
  });
}

function peopleInField(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
