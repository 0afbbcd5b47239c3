import { isDeepStrictEqual } from './deep-equal.ts';
import { openTasks } from '../queries.ts';
import type { InstanceState } from '../state.ts';
import { hiddenFields } from '../visible-form.ts';
import type { Expectation } from './scenario.ts';
import type { World } from './world.ts';

/** Checks an `expect` block exactly as the conformance README says; returns what differed. */
export function differences(world: World, state: InstanceState, expect: Expectation): string[] {
  const problems: string[] = [];
  const show = (value: unknown) => JSON.stringify(value);
  if (expect.status !== undefined && state.status !== expect.status) {
    problems.push(`status: expected ${expect.status}, got ${state.status}`);
  }
  if (expect.tasks !== undefined) {
    const actual = groupTasks(state);
    const expected = Object.fromEntries(
      Object.entries(expect.tasks)
        .filter(([, people]) => people.length > 0)
        .map(([node, people]) => [node, [...people].sort()]),
    );
    if (!isDeepStrictEqual(actual, expected)) {
      problems.push(`tasks: expected ${show(expected)}, got ${show(actual)}`);
    }
  }
  if (expect.history !== undefined) {
    const actual = state.history.map((entry) => [entry.node, entry.person, entry.action]);
    if (!isDeepStrictEqual(actual, expect.history)) {
      problems.push(`history: expected ${show(expect.history)}, got ${show(actual)}`);
    }
  }
  for (const [person, expected] of Object.entries(expect.cc ?? {})) {
    const item = state.cc.findLast((candidate) => candidate.person === person);
    if (item?.state !== expected)
      problems.push(`cc ${person}: expected ${expected}, got ${item?.state}`);
  }
  for (const wanted of expect.notifications ?? []) {
    const sent = world.data.notifications.some((n) => n.to === wanted.to && n.kind === wanted.kind);
    if (!sent) problems.push(`notification ${show(wanted)} was never sent`);
  }
  for (const [key, expected] of Object.entries(expect.form ?? {})) {
    const actual = state.form[key] ?? null;
    if (!isDeepStrictEqual(actual, expected)) {
      problems.push(`form.${key}: expected ${show(expected)}, got ${show(actual)}`);
    }
  }
  if (expect.visibleForm !== undefined) {
    const viewer = expect.visibleForm.as;
    const definition = world.versionOf(state).definition;
    const hidden = hiddenFields(state, definition, viewer, { isAdmin: viewer === 'admin' });
    const expected = [...expect.visibleForm.hidden].sort();
    if (!isDeepStrictEqual(hidden === null ? null : [...hidden].sort(), expected)) {
      problems.push(
        `visibleForm ${viewer}: expected hidden ${show(expected)}, got ${show(hidden)}`,
      );
    }
  }
  return problems;
}

function groupTasks(state: InstanceState): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const task of openTasks(state)) (grouped[task.node] ??= []).push(task.assignee);
  for (const node of Object.keys(grouped)) grouped[node] = [...new Set(grouped[node])].sort();
  return grouped;
}
