import type { InstanceView } from '../api/types.ts';

/** Every person the view names somewhere, id → name (history carries some ids bare). */
export function peopleNames(view: InstanceView): Map<string, string> {
  const names = new Map<string, string>();
  const add = (id: string | null | undefined, name: string | null | undefined) => {
    if (id && name && !names.has(id)) names.set(id, name);
  };
  add(view.initiator.id, view.initiator.name);
  for (const task of view.tasks) {
    add(task.assignee, task.assigneeName);
    add(task.onBehalfOf, task.onBehalfOfName);
  }
  for (const entry of view.history) {
    add(entry.person, entry.personName);
    entry.targets.forEach((id, i) => add(id, entry.targetNames?.[i]));
    add(entry.from, entry.fromName);
  }
  for (const item of view.cc) add(item.person, item.personName);
  return names;
}
