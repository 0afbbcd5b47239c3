import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

/*
 * The organisation and the live delegations are kept in memory between workflow commands
 * (cache.freshness.ts). `elsewhere` writes on a bare connection this process does not
 * watch, standing for another server: only the triggers' notifications can tell.
 */
let world: WorkflowWorld;
let raw: pg.Client;
const elsewhere = (text: string, values: unknown[]) => raw.query(text, values);

beforeAll(async () => {
  world = await startWorkflowWorld();
  raw = new pg.Client({ connectionString: world.ownerUrl });
  await raw.connect();
  const process = linearProcess('leave', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
}, 60_000);

afterAll(async () => {
  await raw.end();
  await world.close();
});

async function firstAssignee(id: string) {
  const view = (await world.as('zhang').get(`/api/v1/workflow/instances/${id}`)).body as {
    tasks: { assignee: string }[];
  };
  return world.ids.handle(view.tasks[0]!.assignee);
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const startLeave = () => world.start('zhang', 'leave', { amount: 1 });

describe('the kept organisation and delegations', () => {
  it('serve commands without asking the database while nothing changed', async () => {
    expect(await firstAssignee(await startLeave())).toBe('liu');
    // Holding this lock, any read of the organisation's counter or of the delegations
    // would wait; a command served from memory does not.
    await raw.query('BEGIN');
    await raw.query(
      'LOCK TABLE workflow_org_version, workflow_delegation IN ACCESS EXCLUSIVE MODE',
    );
    try {
      expect(await firstAssignee(await startLeave())).toBe('liu');
    } finally {
      await raw.query('ROLLBACK');
    }
  });

  it('follow a department head changed by another server', async () => {
    expect(await firstAssignee(await startLeave())).toBe('liu');
    await elsewhere('UPDATE department SET head_person_id = $1 WHERE id = $2', [
      world.ids.person('he'),
      world.ids.department('surg1'),
    ]);
    expect(await eventually(async () => (await firstAssignee(await startLeave())) === 'he')).toBe(
      true,
    );
    await elsewhere('UPDATE department SET head_person_id = $1 WHERE id = $2', [
      world.ids.person('liu'),
      world.ids.department('surg1'),
    ]);
    expect(await eventually(async () => (await firstAssignee(await startLeave())) === 'liu')).toBe(
      true,
    );
  });

  it('follow a delegation ended by another server', async () => {
    const delegated = await world
      .as('liu')
      .post('/api/v1/workflow/delegations', { to: world.ids.person('he') });
    expect(delegated.status).toBe(201);
    expect(await firstAssignee(await startLeave())).toBe('he');
    await elsewhere(
      `UPDATE workflow_delegation SET ended_at = now() WHERE delegator_id = $1 AND ended_at IS NULL`,
      [world.ids.person('liu')],
    );
    expect(await eventually(async () => (await firstAssignee(await startLeave())) === 'liu')).toBe(
      true,
    );
  });
});
