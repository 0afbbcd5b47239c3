import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, type Answer } from '../../cli/conformance/session.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;
let id: string;

const actions = [
  'submit',
  'approve',
  'reject',
  'return',
  'resubmit',
  'withdraw',
  'transfer',
  'add-sign',
  'urge',
  'read',
  'suspend',
  'resume',
  'terminate',
  'jump',
];
const adminActions = new Set(['suspend', 'resume', 'terminate', 'jump']);
const validBody: Record<string, object> = {
  transfer: { to: 'x' },
  'add-sign': { to: ['x'], position: 'before' },
  jump: { to: 'head' },
};

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = linearProcess('leave', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
    { id: 'fin', assignee: { people: ['wang'] } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
  id = await world.start('zhang', 'leave', { amount: 10, reason: '资料' });
}, 60_000);

afterAll(() => world.close());

const details = (answer: Answer) =>
  ((answer.body as { error: { details: { path: string }[] } }).error.details ?? []).map(
    (d) => d.path,
  );

/** The instance as its initiator reads it: any change shows in its revision. */
async function revision(): Promise<number> {
  const view = await world.as('zhang').get(`/api/v1/workflow/instances/${id}`);
  return (view.body as { revision: number }).revision;
}

describe('bad input at every action changes nothing', () => {
  for (const action of actions) {
    const person = adminActions.has(action) ? 'admin' : 'liu';

    it(`${action}: unknown or malformed instance ids are not found`, async () => {
      for (const target of [randomUUID(), 'not-a-uuid', "1' OR '1'='1"]) {
        const answer = await world
          .as(person)
          .post(
            `/api/v1/workflow/instances/${encodeURIComponent(target)}/${action}`,
            validBody[action] ?? {},
          );
        expect(outcomeOf(answer), target).toBe('not_found');
        expect(answer.status).toBe(404);
      }
    });

    it(`${action}: an unknown body field is a validation error naming it`, async () => {
      const before = await revision();
      const answer = await world
        .as(person)
        .post(`/api/v1/workflow/instances/${id}/${action}`, { ...validBody[action], bogus: 1 });
      expect(outcomeOf(answer)).toBe('validation');
      expect(answer.status).toBe(400);
      expect(await revision()).toBe(before);
    });
  }

  it('wrong types are refused with the path of each problem', async () => {
    const before = await revision();
    const cases: [string, string, object, string[]][] = [
      ['liu', 'approve', { comment: 5 }, ['comment']],
      ['liu', 'approve', { form: { amount: 'many' } }, []],
      ['liu', 'transfer', {}, ['to']],
      ['liu', 'add-sign', { to: 'zhou', position: 'before' }, ['to']],
      ['liu', 'add-sign', { to: ['zhou'], position: 'middle' }, ['position']],
      ['liu', 'return', { to: 7 }, ['to']],
      ['zhang', 'resubmit', { direct: 'yes' }, ['direct']],
      ['admin', 'jump', {}, ['to']],
    ];
    for (const [person, action, body, paths] of cases) {
      const answer = await world
        .as(person)
        .post(`/api/v1/workflow/instances/${id}/${action}`, body);
      expect(outcomeOf(answer), `${action} ${JSON.stringify(body)}`).toBe(
        action === 'approve' && 'form' in body ? 'forbidden' : 'validation',
      );
      for (const path of paths) expect(details(answer)).toContain(path);
    }
    expect(await revision()).toBe(before);
  });

  it('form values are checked with the path of the field', async () => {
    const answer = await world.as('zhang').post('/api/v1/workflow/instances', {
      processKey: 'leave',
      form: { amount: 10.555, reason: 3 },
    });
    expect(outcomeOf(answer)).toBe('validation');
    expect(details(answer)).toEqual(expect.arrayContaining(['amount', 'reason']));
  });

  it('start: unknown process is not found, a bad body is validation', async () => {
    const unknown = await world
      .as('zhang')
      .post('/api/v1/workflow/instances', { processKey: 'nope' });
    expect(outcomeOf(unknown)).toBe('not_found');
    const bad = await world.as('zhang').post('/api/v1/workflow/instances', { processKey: 1 });
    expect(outcomeOf(bad)).toBe('validation');
    expect(details(bad)).toContain('processKey');
  });

  it('people to hand work to must exist; a delegation needs a valid time', async () => {
    const before = await revision();
    const transfer = await world
      .as('liu')
      .post(`/api/v1/workflow/instances/${id}/transfer`, { to: randomUUID() });
    expect(outcomeOf(transfer)).toBe('validation');
    const delegate = await world
      .as('liu')
      .post('/api/v1/workflow/delegations', { to: world.ids.person('he'), until: 'tomorrow' });
    expect(outcomeOf(delegate)).toBe('validation');
    expect(details(delegate)).toContain('until');
    expect(await revision()).toBe(before);
  });

  it('deploying a broken definition names every problem', async () => {
    const answer = await world.deploy({
      key: 'broken',
      name: '坏流程',
      form: { fields: [{ key: 'a', label: 'A', type: 'number' }] },
      nodes: [
        { id: 'start', type: 'start' },
        { id: 'gw', type: 'exclusive' },
        { id: 'end', type: 'end' },
      ],
      edges: [
        { from: 'start', to: 'gw' },
        { from: 'gw', to: 'end', when: 'b > 1' },
      ],
    });
    expect(outcomeOf(answer)).toBe('validation');
    expect(details(answer)).toContain('edges[1].when');
    const missing = await world.as('admin').get('/api/v1/workflow/processes/broken');
    expect(outcomeOf(missing)).toBe('not_found');
  });

  it('people without the right are refused before their input is read', async () => {
    const deploy = await world.as('zhang').post('/api/v1/workflow/processes', { nonsense: true });
    expect(outcomeOf(deploy)).toBe('forbidden');
    const suspend = await world.as('liu').post(`/api/v1/workflow/instances/${id}/suspend`, {});
    expect(outcomeOf(suspend)).toBe('forbidden');
  });
});
