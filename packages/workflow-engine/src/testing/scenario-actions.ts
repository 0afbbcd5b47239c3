import { applyAction } from '../apply-action.ts';
import type { WorkflowAction } from '../commands.ts';
import { holdsDelegatedTasks, reclaimDelegation } from '../delegation.ts';
import { addIsoDuration, parseDuration } from '../duration.ts';
import { startInstance } from '../lifecycle.ts';
import { parseProcessDefinition } from '../parse-definition.ts';
import { fireDueTimers } from '../queries.ts';
import type { ScenarioStep } from './scenario.ts';
import type { World } from './world.ts';

/** Plays one action step against the world; returns `ok` or the error code. */
export function perform(world: World, step: ScenarioStep): string {
  const as = step.as ?? '';
  const actor = { id: as, isAdmin: as === 'admin' };
  switch (step.do ?? '') {
    case 'deploy':
      return deploy(world, as, step.process);
    case 'start':
      return start(world, step, as);
    case 'delegate':
      return delegate(world, step, as);
    case 'revokeDelegation': {
      const active = world.data.delegations.find((d) => d.person === as && !d.ended);
      if (active === undefined) return 'conflict';
      endDelegation(world, active.id);
      return 'ok';
    }
    default: {
      const [ref, state] = world.instance(step.instance);
      const action = { ...commandOf(step), actor } as WorkflowAction;
      const process = action.type === 'submit' ? world.current() : world.versionOf(state);
      if (process === undefined) return 'not_found';
      return world.commit(ref, applyAction(state, action, world.env(process)));
    }
  }
}

function commandOf(step: ScenarioStep): Record<string, unknown> {
  const { as: _as, do: type, instance: _i, expect: _e, error: _r, ...rest } = step;
  return { type, ...rest };
}

/** Deploys a version of a process (the server's job; the engine checks the definition). */
export function deploy(world: World, as: string, input: unknown): string {
  if (as !== 'admin') return 'forbidden';
  const parsed = parseProcessDefinition(input);
  if (!parsed.ok) return parsed.error.code;
  const key = parsed.value.key;
  const versions = (world.data.versions[key] ??= []);
  versions.push({ ref: `${key}@${versions.length + 1}`, definition: parsed.value });
  return 'ok';
}

function start(world: World, step: ScenarioStep, as: string): string {
  const process = world.current();
  if (process === undefined) return 'not_found';
  const ref = step.ref ?? world.nextId('instance');
  const input = { id: ref, initiator: as, form: step.form ?? {}, draft: step.draft === true };
  const outcome = world.commit(ref, startInstance(input, world.env(process)));
  if (outcome === 'ok') world.data.lastRef = ref;
  return outcome;
}

/** `from`/`until`: an ISO 8601 datetime, or a duration from now. */
function instant(world: World, text: string | undefined): Date | null | 'invalid' {
  if (text === undefined) return null;
  if (parseDuration(text) !== null) return addIsoDuration(world.now, text);
  const time = Date.parse(text);
  return Number.isNaN(time) ? 'invalid' : new Date(time);
}

function delegate(world: World, step: ScenarioStep, as: string): string {
  const to = typeof step.to === 'string' ? step.to : '';
  if (to === as || !world.org.personExists(to) || !world.org.personExists(as)) return 'validation';
  const from = instant(world, step.from);
  const until = instant(world, step.until);
  if (from === 'invalid' || until === 'invalid') return 'validation';
  if (from !== null && until !== null && until <= from) return 'validation';
  const earlier = world.data.delegations.find((d) => d.person === as && !d.ended);
  if (earlier) endDelegation(world, earlier.id);
  world.data.delegations.push({
    id: world.nextId('delegation'),
    person: as,
    to,
    processKeys: step.processKeys ?? null,
    from: (from ?? world.now).toISOString(),
    until: until?.toISOString() ?? null,
    ended: false,
  });
  return 'ok';
}

/** Ends a delegation; the tasks it gave away come back (revoke, replacement or expiry). */
function endDelegation(world: World, id: string, at = world.now): void {
  const delegation = world.data.delegations.find((d) => d.id === id);
  if (delegation === undefined) return;
  delegation.ended = true;
  for (const [ref, state] of Object.entries(world.data.instances)) {
    if (!holdsDelegatedTasks(state, id)) continue;
    world.commit(ref, reclaimDelegation(state, id, world.env(world.versionOf(state), at)));
  }
}

/** Moves the clock, letting timers and delegation expiries happen in time order. */
export function advance(world: World, duration: string): void {
  const target = addIsoDuration(world.now, duration);
  const expiries = world.data.delegations
    .filter((d) => !d.ended && d.until !== null && Date.parse(d.until) <= target.getTime())
    .sort((a, b) => (a.until ?? '').localeCompare(b.until ?? ''));
  for (const delegation of expiries) {
    const at = new Date(Math.max(Date.parse(delegation.until ?? ''), world.now.getTime()));
    fireAll(world, at);
    world.data.clock = at.toISOString();
    endDelegation(world, delegation.id, at);
  }
  fireAll(world, target);
  world.data.clock = target.toISOString();
}

function fireAll(world: World, at: Date): void {
  for (const [ref, state] of Object.entries(world.data.instances)) {
    world.commit(ref, fireDueTimers(state, world.env(world.versionOf(state), at)));
  }
}
