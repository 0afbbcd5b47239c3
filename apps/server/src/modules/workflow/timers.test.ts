import type { AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';
import { workflowModule } from './index.ts';

// Two app servers on one database, both sweeping: every timer fires exactly once.
let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld({ servers: 2 });
  for (const definition of [
    linearProcess('remind', [
      {
        id: 'head',
        assignee: { departmentHead: 'initiator' },
        timeLimit: 'PT1H',
        onTimeout: 'remind',
      },
    ]),
    linearProcess('auto', [
      {
        id: 'head',
        assignee: { departmentHead: 'initiator' },
        timeLimit: 'PT1H',
        onTimeout: 'autoApprove',
      },
      { id: 'office', assignee: { people: ['zhou'] }, timeLimit: 'PT1H', onTimeout: 'autoApprove' },
    ]),
  ]) {
    expect((await world.deploy(definition)).status).toBe(201);
  }
}, 60_000);

afterAll(() => world.close());

/** Moves both servers' clocks and sweeps on both at the same time (skipping and waiting). */
async function advanceBoth(ms: number) {
  for (const { app } of world.servers) (app.clock as AdjustableClock).advance(ms);
  const sweeps = world.servers.flatMap(({ app }) => [
    workflowModule.sweeper(app.deps).sweepNow({ wait: false }),
    workflowModule.sweeper(app.deps).sweepNow({ wait: true }),
  ]);
  return Promise.all(sweeps);
}

const count = async (ids: string[], kind: 'timeout' | 'result') =>
  (
    await world.ownerDb
      .selectFrom('workflow_notification')
      .select('id')
      .where('instance_id', 'in', ids)
      .where('kind', '=', kind)
      .execute()
  ).length;

describe('timers with two servers', () => {
  it('reminds once per task, however many sweeps run', async () => {
    const ids = await Promise.all(
      Array.from({ length: 8 }, () => world.start('zhang', 'remind', { amount: 1 })),
    );
    await advanceBoth(30 * 60_000);
    expect(await count(ids, 'timeout')).toBe(0);
    await advanceBoth(31 * 60_000);
    await advanceBoth(60_000);
    expect(await count(ids, 'timeout')).toBe(8);
    const unfired = await world.ownerDb
      .selectFrom('workflow_timer')
      .select('id')
      .where('instance_id', 'in', ids)
      .where('fired_at', 'is', null)
      .execute();
    expect(unfired).toHaveLength(0);
  });

  it('approves once on timeout, and a chain of timers fires in logical time', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => world.start('zhang', 'auto', { amount: 1 })),
    );
    // Both limits are one hour: three hours later both nodes have timed out, in order.
    await advanceBoth(3 * 3_600_000);
    for (const id of ids) {
      const view = (await world.as('zhang').get(`/api/v1/workflow/instances/${id}`)).body as {
        status: string;
        history: { node: string; person: string; action: string; at: string }[];
      };
      expect(view.status).toBe('completed');
      expect(view.history.map((e) => [e.node, e.person, e.action])).toEqual([
        ['start', world.ids.person('zhang'), 'submitted'],
        ['head', 'system', 'timeout_approved'],
        ['office', 'system', 'timeout_approved'],
      ]);
      const [submitted, head, office] = view.history.map((e) => Date.parse(e.at));
      expect(head! - submitted!).toBeGreaterThanOrEqual(3_600_000);
      expect(office! - head!).toBe(3_600_000);
    }
    expect(await count(ids, 'result')).toBe(6);
  });
});
