import { isDeepStrictEqual } from 'node:util';
import type { IdMap } from './ids.ts';

/** The instance page as the runner reads it (the fields it checks). */
export interface ViewBody {
  status: string;
  form: Record<string, unknown>;
  fields: { key: string }[];
  tasks: { node: string; assignee: string; state: string }[];
  history: { node: string; person: string; action: string }[];
  cc: { person: string; state: string }[];
}

/** How the checker observes the system, in scenario handles where people appear. */
export interface Observer {
  ids: IdMap;
  /** The instance as its initiator reads it (every field). */
  view(): Promise<ViewBody>;
  /** The keys of the fields `person` reads in this instance, or the error code. */
  visibleKeys(person: string): Promise<string[] | string>;
  /** Notification kinds `person` has received in this scenario. */
  notificationKinds(person: string): Promise<string[]>;
}

const show = (value: unknown) => JSON.stringify(value);

/** Equal as JSON values, numbers by value. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) =>
      same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    );
  }
  return isDeepStrictEqual(a, b);
}

function openTasks(view: ViewBody, ids: IdMap): Record<string, string[]> {
  const tasks: Record<string, string[]> = {};
  for (const task of view.tasks) {
    if (task.state !== 'open') continue;
    (tasks[task.node] ??= []).push(ids.handle(task.assignee));
  }
  for (const list of Object.values(tasks)) list.sort();
  return tasks;
}

/** Checks one `expect` (without `outcomes`); returns what differed, or null. */
export async function checkExpect(
  expect: Record<string, unknown>,
  observer: Observer,
): Promise<string | null> {
  const { ids } = observer;
  const needsView = ['status', 'tasks', 'history', 'cc', 'form', 'visibleForm'];
  const view = needsView.some((key) => key in expect) ? await observer.view() : null;
  if (view && 'status' in expect && view.status !== expect.status) {
    return `status: expected ${show(expect.status)}, got ${show(view.status)}`;
  }
  if (view && 'tasks' in expect) {
    const wanted: Record<string, string[]> = {};
    for (const [node, people] of Object.entries(expect.tasks as Record<string, string[]>)) {
      if (people.length > 0) wanted[node] = [...people].sort();
    }
    const actual = openTasks(view, ids);
    if (!isDeepStrictEqual(wanted, actual)) {
      return `tasks: expected ${show(wanted)}, got ${show(actual)}`;
    }
  }
  if (view && 'history' in expect) {
    const actual = view.history.map((e) => [e.node, ids.handle(e.person), e.action]);
    if (!isDeepStrictEqual(expect.history, actual)) {
      return `history: expected ${show(expect.history)}, got ${show(actual)}`;
    }
  }
  if (view && 'cc' in expect) {
    for (const [person, state] of Object.entries(expect.cc as Record<string, string>)) {
      const items = view.cc.filter((item) => ids.handle(item.person) === person);
      const latest = items.at(-1)?.state ?? 'none';
      if (latest !== state) return `cc: ${person} expected ${show(state)}, got ${show(latest)}`;
    }
  }
  if (view && 'form' in expect) {
    for (const [key, value] of Object.entries(expect.form as Record<string, unknown>)) {
      const actual = ids.toHandles(view.form[key] ?? null);
      if (!same(actual, value)) return `form.${key}: expected ${show(value)}, got ${show(actual)}`;
    }
  }
  if (view && 'visibleForm' in expect) {
    const { as, hidden } = expect.visibleForm as { as: string; hidden: string[] };
    const visible = await observer.visibleKeys(as);
    if (typeof visible === 'string') return `visibleForm: ${as} cannot read it (${visible})`;
    const absent = view.fields.map((f) => f.key).filter((key) => !visible.includes(key));
    if (!isDeepStrictEqual([...absent].sort(), [...hidden].sort())) {
      return `visibleForm: ${as} expected hidden ${show(hidden)}, got ${show(absent)}`;
    }
  }
  if ('notifications' in expect) {
    for (const wanted of expect.notifications as { to: string; kind: string }[]) {
      const kinds = await observer.notificationKinds(wanted.to);
      if (!kinds.includes(wanted.kind)) {
        return `notifications: ${wanted.to} never got ${show(wanted.kind)} (got ${show(kinds)})`;
      }
    }
  }
  return null;
}
