import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = linearProcess('leave', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

const approvals = async (id: string) =>
  world.ownerDb
    .selectFrom('workflow_task')
    .select('state')
    .where('instance_id', '=', id)
    .where('state', '=', 'approved')
    .execute();

describe('Idempotency-Key and requestId', () => {
  it('a retried approval returns the first answer and does not act twice', async () => {
    const id = await world.start('zhang', 'leave', { amount: 1 });
    const url = `/api/v1/workflow/instances/${id}/approve`;
    const headers = { 'idempotency-key': `approve-${id}` };
    const first = await world.as('liu').post(url, { comment: '同意' }, headers);
    const again = await world.as('liu').post(url, { comment: '同意' }, headers);
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(await approvals(id)).toHaveLength(1);
    // Without the key the same request is a new one, and there is nothing left to approve.
    expect(outcomeOf(await world.as('liu').post(url, {}))).toBe('conflict');
  });

  it('a start retried with the same requestId creates one instance', async () => {
    const body = { processKey: 'leave', form: { amount: 2 }, requestId: 'start-once-1' };
    const first = await world.as('zhang').post('/api/v1/workflow/instances', body);
    const again = await world.as('zhang').post('/api/v1/workflow/instances', body);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const rows = await world.ownerDb
      .selectFrom('workflow_idempotency')
      .select('key')
      .where('key', '=', 'start-once-1')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('duplicates sent at the same time act once and both get the answer', async () => {
    const id = await world.start('zhang', 'leave', { amount: 3 });
    const url = `/api/v1/workflow/instances/${id}/approve`;
    const headers = { 'idempotency-key': `parallel-${id}` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => world.as('liu').post(url, {}, headers)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await approvals(id)).toHaveLength(1);
  });

  it('a failed request stores nothing, so its retry acts', async () => {
    const id = await world.start('zhang', 'leave', { amount: 4 });
    const url = `/api/v1/workflow/instances/${id}/approve`;
    const headers = { 'idempotency-key': `fix-${id}` };
    expect(outcomeOf(await world.as('liu').post(url, { comment: 5 }, headers))).toBe('validation');
    expect((await world.as('liu').post(url, {}, headers)).status).toBe(200);
    expect(await approvals(id)).toHaveLength(1);
  });

  it('a key reused for another action is refused; keys are per account', async () => {
    const id = await world.start('zhang', 'leave', { amount: 5 });
    const headers = { 'idempotency-key': `shared-${id}` };
    await world.as('zhang').post(`/api/v1/workflow/instances/${id}/urge`, {}, headers);
    const reused = await world
      .as('zhang')
      .post(`/api/v1/workflow/instances/${id}/withdraw`, {}, headers);
    expect(outcomeOf(reused)).toBe('validation');
    const other = await world
      .as('liu')
      .post(`/api/v1/workflow/instances/${id}/approve`, {}, headers);
    expect(other.status).toBe(200);
  });

  it('a malformed key is a validation error', async () => {
    const id = await world.start('zhang', 'leave', { amount: 6 });
    const answer = await world
      .as('liu')
      .post(`/api/v1/workflow/instances/${id}/approve`, {}, { 'idempotency-key': 'bad key!' });
    expect(outcomeOf(answer)).toBe('validation');
    expect(await approvals(id)).toHaveLength(0);
  });
});
