import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.ts';
import type { DeployedProcess } from './definition.ts';
import { startInstance } from './lifecycle.ts';
import { reachable } from './graph.ts';
import { parseProcessDefinition } from './parse-definition.ts';
import type { EngineEnv } from './ports.ts';
import { fireDueTimers, openTasks } from './queries.ts';
import type { InstanceState } from './state.ts';
import type { Transition } from './tx.ts';
import { blockArbitrary, compile } from './testing/arbitraries.ts';
import { actionFor, moveArbitrary } from './testing/moves.ts';
import { hospital } from './testing/fixtures.ts';
import { memoryOrg } from './testing/memory-org.ts';

const org = memoryOrg(hospital);
const stats: Record<string, number> = {};
const noDelegations = { activeDelegation: () => null };
const finished = new Set(['completed', 'rejected', 'withdrawn', 'terminated', 'draft']);

function deploy(definition: unknown): DeployedProcess {
  const parsed = parseProcessDefinition(definition);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.details));
  return { ref: 'generated@1', definition: parsed.value };
}

let ids = 0;
function envAt(process: DeployedProcess, now: Date): EngineEnv {
  return { process, org, delegations: noDelegations, newId: () => `x${(ids += 1)}`, now };
}

/** In these acyclic graphs a token inside an open activation is always upstream of its join. */
function upstreamOfJoins(process: DeployedProcess, state: InstanceState): void {
  const edges = process.definition.edges;
  for (const token of state.tokens) {
    const ahead = reachable([token.node], (id) =>
      edges.filter((e) => e.from === id).map((e) => e.to),
    );
    for (const frame of token.frames) {
      const activation = state.activations.find((candidate) => candidate.id === frame);
      expect(activation).toBeDefined();
      if (activation?.state === 'open' && activation.join !== null) {
        expect(ahead.has(activation.join)).toBe(true);
      }
    }
  }
}

/** The invariants every transition keeps, whatever the graph and the story. */
function checkInvariants(before: InstanceState, after: InstanceState): void {
  const open = openTasks(after);
  const live = after.tasks.filter((task) => task.state === 'open' || task.state === 'waiting');
  if (finished.has(after.status)) {
    expect(live).toEqual([]);
    expect(after.tokens).toEqual([]);
  } else {
    // running or suspended: someone has to act, or the initiator has to resubmit
    expect(open.length > 0 || after.awaitingResubmit !== null).toBe(true);
  }
  expect(after.tokens.some((token) => token.state === 'moving')).toBe(false);
  expect(after.history.slice(0, before.history.length)).toEqual(before.history);
  for (const task of before.tasks) {
    const now = after.tasks.find((candidate) => candidate.id === task.id);
    expect(now).toBeDefined();
    if (task.state !== 'open' && task.state !== 'waiting') expect(now?.state).toBe(task.state);
  }
  for (const activation of before.activations) {
    if (activation.state !== 'joined') continue;
    // a join fires once per activation: it never opens again, nothing waits for it
    expect(after.activations.find((a) => a.id === activation.id)?.state).toBe('joined');
    expect(after.tokens.some((token) => token.activation === activation.id)).toBe(false);
  }
  for (const task of live) {
    const run = after.runs.find((candidate) => candidate.id === task.run);
    expect(run?.state).toBe('open');
    expect(after.tokens.find((token) => token.id === run?.token)?.state).toBe('waiting');
  }
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
}

const story = fc.record({
  body: blockArbitrary,
  amount: fc.integer({ min: 0, max: 300 }),
  moves: fc.array(moveArbitrary, { minLength: 10, maxLength: 60 }),
});

describe('properties of generated processes and stories', () => {
  it('every transition keeps the invariants; a refused one changes nothing', () => {
    fc.assert(
      fc.property(story, ({ body, amount, moves }) => {
        const process = deploy(compile(body));
        let now = new Date('2026-03-02T01:00:00.000Z');
        const first = startInstance(
          { id: 'i', initiator: 'zhang', form: { amount } },
          envAt(process, now),
        );
        stats[first.ok ? 'started' : 'notStarted'] =
          (stats[first.ok ? 'started' : 'notStarted'] ?? 0) + 1;
        if (!first.ok) return;
        let state = first.value.state;
        for (const move of moves) {
          let result: Transition;
          const copy = structuredClone(state);
          if (move.kind === 'time') {
            now = new Date(now.getTime() + move.hours * 3_600_000);
            result = fireDueTimers(state, envAt(process, now));
          } else {
            const action = actionFor(state, process, move);
            if (action === null) continue;
            result = applyAction(state, action, envAt(process, now));
          }
          expect(state).toEqual(copy);
          stats[result.ok ? 'ok' : result.error.code] =
            (stats[result.ok ? 'ok' : result.error.code] ?? 0) + 1;
          if (result.ok) {
            checkInvariants(state, result.value.state);
            upstreamOfJoins(process, result.value.state);
            state = result.value.state;
          }
        }
      }),
      { numRuns: 300 },
    );
    // guard against a vacuous property: most stories start and many commands succeed
    expect(stats.started ?? 0).toBeGreaterThan(250);
    expect(stats.ok ?? 0).toBeGreaterThan(1000);
  });

  it('approving every open task completes the instance (no join hangs)', () => {
    fc.assert(
      fc.property(blockArbitrary, fc.integer({ min: 0, max: 300 }), (body, amount) => {
        const process = deploy(compile(body));
        const env = envAt(process, new Date('2026-03-02T01:00:00.000Z'));
        const first = startInstance({ id: 'i', initiator: 'zhang', form: { amount } }, env);
        if (!first.ok) return;
        let state = first.value.state;
        for (let step = 0; step < 500 && state.status === 'running'; step += 1) {
          const task = openTasks(state)[0];
          expect(task).toBeDefined();
          if (task === undefined) return;
          const actor = { id: task.assignee, isAdmin: false };
          const result = applyAction(state, { type: 'approve', actor, node: task.node }, env);
          if (!result.ok) {
            expect(result.error.code).toBe('no_assignee');
            return;
          }
          checkInvariants(state, result.value.state);
          upstreamOfJoins(process, result.value.state);
          state = result.value.state;
        }
        expect(state.status).toBe('completed');
        // without returns or jumps, every node of an acyclic graph runs at most once
        const runs = state.runs.map((run) => run.node);
        expect(new Set(runs).size).toBe(runs.length);
      }),
      { numRuns: 300 },
    );
  });
});
