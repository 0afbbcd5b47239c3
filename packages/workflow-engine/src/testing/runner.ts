import { differences } from './checks.ts';
import { isDeepStrictEqual } from './deep-equal.ts';
import { memoryOrg } from './memory-org.ts';
import type { Scenario, ScenarioStep } from './scenario.ts';
import { advance, deploy, perform } from './scenario-actions.ts';
import { World, type WorldData } from './world.ts';

export type ScenarioResult = { passed: true } | { passed: false; message: string };

// Monday 09:00 in Shanghai: a working morning, so `today()` is unambiguous.
const scenarioStart = new Date('2026-03-02T01:00:00.000Z');

/**
 * Plays a conformance scenario against the engine in memory, the way the real runner
 * plays it against the server: `PASS`, or the first step whose outcome differed.
 */
export function playScenario(scenario: Scenario): ScenarioResult {
  const key = (scenario.process as { key?: string }).key ?? '';
  const world = new World(memoryOrg(scenario.org), key, scenarioStart);
  const deployed = deploy(world, 'admin', scenario.process);
  if (deployed !== 'ok') return { passed: false, message: `deploy: ${deployed}` };
  for (const [index, step] of scenario.steps.entries()) {
    let problems: string[];
    try {
      problems = playStep(world, step);
    } catch (error) {
      problems = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
    }
    if (problems.length > 0) {
      return { passed: false, message: `step ${index + 1}: ${problems.join('; ')}` };
    }
  }
  return { passed: true };
}

function playStep(world: World, step: ScenarioStep): string[] {
  if (step.advance !== undefined) advance(world, step.advance);
  else if (step.concurrently !== undefined) {
    return concurrently(world, step.concurrently, step.expect?.outcomes ?? []);
  } else if (step.do !== undefined) {
    const outcome = perform(world, step);
    const wanted = step.error ?? 'ok';
    if (outcome !== wanted) return [`${step.do} by ${step.as}: expected ${wanted}, got ${outcome}`];
  }
  if (step.expect === undefined || !hasInstanceChecks(step)) return [];
  const [, state] = world.instance(step.instance);
  return differences(world, state, step.expect);
}

function hasInstanceChecks(step: ScenarioStep): boolean {
  return Object.keys(step.expect ?? {}).some((key) => key !== 'outcomes');
}

/**
 * In memory the steps cannot overlap, and under the server's row lock they serialise:
 * each order is tried on a copy and the first whose outcomes match is kept.
 */
function concurrently(world: World, steps: ScenarioStep[], expected: string[]): string[] {
  const orders = [steps, [...steps].reverse()];
  const seen: string[][] = [];
  const before: WorldData = structuredClone(world.data);
  for (const order of orders) {
    world.data = structuredClone(before);
    const outcomes = order.map((step) => perform(world, step)).sort();
    if (isDeepStrictEqual(outcomes, [...expected].sort())) return [];
    seen.push(outcomes);
  }
  world.data = before;
  return [`outcomes: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}`];
}
