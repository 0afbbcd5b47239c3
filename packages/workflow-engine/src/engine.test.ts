import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.ts';
import type { DeployedProcess } from './definition.ts';
import { startInstance } from './lifecycle.ts';
import { parseProcessDefinition } from './parse-definition.ts';
import type { EngineEnv } from './ports.ts';
import { fireDueTimers, nextTimerDue, openTasks } from './queries.ts';
import { reclaimDelegation } from './delegation.ts';
import type { InstanceState } from './state.ts';
import { chain, hospital } from './testing/fixtures.ts';
import { memoryOrg } from './testing/memory-org.ts';

const parsed = parseProcessDefinition(
  chain([
    {
      id: 'a',
      type: 'approval',
      assignee: { people: ['liu'] },
      timeLimit: 'PT1H',
      onTimeout: 'remind',
    },
  ]),
);
if (!parsed.ok) throw parsed.error;
const process: DeployedProcess = { ref: 'test@1', definition: parsed.value };
let delegate: string | null = null;
let ids = 0;
const env = (now: string): EngineEnv => ({
  process,
  org: memoryOrg(hospital),
  delegations: {
    activeDelegation: (person) =>
      person === 'liu' && delegate !== null ? { id: 'd1', to: delegate } : null,
  },
  newId: () => `task-${(ids += 1)}`,
  now: new Date(now),
});
const t0 = '2026-03-02T01:00:00.000Z';

function started(): InstanceState {
  const result = startInstance({ id: 'i1', initiator: 'zhang', form: { amount: 1 } }, env(t0));
  if (!result.ok) throw result.error;
  return result.value.state;
}

describe('the engine as the server drives it', () => {
  it('returns the notifications and timers a command causes', () => {
    const result = startInstance({ id: 'i1', initiator: 'zhang', form: { amount: 1 } }, env(t0));
    expect(result.ok && result.value.effects).toEqual({
      notifications: [{ to: 'liu', kind: 'task', instance: 'i1', task: expect.any(String) }],
      timers: [{ instance: 'i1', task: expect.any(String), dueAt: '2026-03-02T02:00:00.000Z' }],
    });
    const state = started();
    expect(nextTimerDue(state)).toBe('2026-03-02T02:00:00.000Z');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('an error changes nothing and the input state is never mutated', () => {
    const state = started();
    const before = structuredClone(state);
    const refused = applyAction(
      state,
      { type: 'approve', actor: { id: 'li', isAdmin: false } },
      env(t0),
    );
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    const done = applyAction(
      state,
      { type: 'approve', actor: { id: 'liu', isAdmin: false } },
      env(t0),
    );
    expect(done.ok && done.value.state.status).toBe('completed');
    expect(state).toEqual(before);
  });

  it('a reminder fires once per task, and not before it is due', () => {
    let state = started();
    const early = fireDueTimers(state, env('2026-03-02T01:59:59.999Z'));
    expect(early.ok && early.value.effects.notifications).toEqual([]);
    const due = fireDueTimers(state, env('2026-03-02T05:00:00.000Z'));
    if (!due.ok) throw due.error;
    expect(due.value.effects.notifications.map((n) => [n.to, n.kind])).toEqual([
      ['liu', 'timeout'],
    ]);
    state = due.value.state;
    const again = fireDueTimers(state, env('2026-03-03T05:00:00.000Z'));
    expect(again.ok && again.value.effects.notifications).toEqual([]);
    expect(nextTimerDue(state)).toBeNull();
  });

  it('reclaiming a delegation gives the task back to the delegator', () => {
    delegate = 'he';
    const state = started();
    delegate = null;
    expect(openTasks(state).map((t) => [t.assignee, t.onBehalfOf])).toEqual([['he', 'liu']]);
    const back = reclaimDelegation(state, 'd1', env(t0));
    if (!back.ok) throw back.error;
    expect(openTasks(back.value.state).map((t) => [t.assignee, t.onBehalfOf])).toEqual([
      ['liu', null],
    ]);
    expect(back.value.effects.notifications.map((n) => n.to)).toEqual(['liu']);
    const byDelegate = applyAction(
      back.value.state,
      { type: 'approve', actor: { id: 'he', isAdmin: false } },
      env(t0),
    );
    expect(!byDelegate.ok && byDelegate.error.code).toBe('conflict');
  });
});
