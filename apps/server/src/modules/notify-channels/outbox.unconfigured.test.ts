import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

// A server with no e-mail, SMS or WeCom channel (the default configuration).
let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const leave = linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
  expect((await world.deploy(leave)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

describe('the outbox without channels', () => {
  it('gets no rows from this server: nothing would deliver them', async () => {
    const id = await world.start('zhang', 'leave', { amount: 1 });
    const notified = await world.ownerDb
      .selectFrom('workflow_notification')
      .select('id')
      .where('instance_id', '=', id)
      .execute();
    expect(notified).toHaveLength(1);
    const queued = await world.ownerDb
      .selectFrom('notify_outbox')
      .select('notification_id')
      .execute();
    expect(queued).toEqual([]);
  });

  it('still gets the rows of writers that do not say so (another tool, an older server)', async () => {
    const [notification] = await world.ownerDb
      .selectFrom('workflow_notification')
      .selectAll()
      .execute();
    const copy = { ...notification!, id: crypto.randomUUID() };
    await world.ownerDb.insertInto('workflow_notification').values(copy).execute();
    const queued = await world.ownerDb
      .selectFrom('notify_outbox')
      .select('notification_id')
      .execute();
    expect(queued).toEqual([{ notification_id: copy.id }]);
  });
});
