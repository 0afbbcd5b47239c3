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

describe('the kept process catalogue', () => {
  const form = async () =>
    (await world.as('zhang').get('/api/v1/workflow/processes/leave/form')).body as {
      name: string;
      version: number;
    };
  const catalogue = async () =>
    (
      (await world.as('zhang').get('/api/v1/workflow/processes')).body as {
        items: { key: string }[];
      }
    ).items.map((item) => item.key);

  it('serves the catalogue and the start form without asking the database', async () => {
    expect(await catalogue()).toContain('leave');
    expect(await form()).toMatchObject({ version: 1 });
    // Holding this lock, any read of the processes or their rights would wait.
    await raw.query('BEGIN');
    await raw.query(
      'LOCK TABLE workflow_process, workflow_process_rights, workflow_category IN ACCESS EXCLUSIVE MODE',
    );
    try {
      expect(await catalogue()).toContain('leave');
      expect(await form()).toMatchObject({ version: 1 });
    } finally {
      await raw.query('ROLLBACK');
    }
  });

  it('follows start rights set by another server', async () => {
    await elsewhere(
      `INSERT INTO workflow_process_rights (process_key, start_scope, updated_at)
       VALUES ('leave', $1, now())`,
      [JSON.stringify({ people: [world.ids.person('he')], roles: [], departments: [] })],
    );
    const refused = async () =>
      (
        await world
          .as('zhang')
          .post('/api/v1/workflow/instances', { processKey: 'leave', form: {} })
      ).status === 403;
    expect(await eventually(refused)).toBe(true);
    expect(await catalogue()).not.toContain('leave');
    await elsewhere(`DELETE FROM workflow_process_rights WHERE process_key = 'leave'`, []);
    expect(await eventually(async () => (await catalogue()).includes('leave'))).toBe(true);
    await startLeave();
  });

  it('starts the version another server deployed', async () => {
    await elsewhere(
      `INSERT INTO workflow_definition (id, process_key, version, definition)
       SELECT gen_random_uuid(), process_key, 2, jsonb_set(definition, '{name}', '"请假（第二版）"')
         FROM workflow_definition WHERE process_key = 'leave' AND version = 1`,
      [],
    );
    await elsewhere(`UPDATE workflow_process SET current_version = 2 WHERE key = 'leave'`, []);
    expect(await eventually(async () => (await form()).version === 2)).toBe(true);
    expect((await form()).name).toBe('请假（第二版）');
    const id = await startLeave();
    const view = (await world.as('zhang').get(`/api/v1/workflow/instances/${id}`)).body as {
      version: number;
    };
    expect(view.version).toBe(2);
  });
});
