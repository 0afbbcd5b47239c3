import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import { definitionToSystem } from '../../cli/conformance/definition.ts';
import { startWorkflowWorld, type WorkflowWorld } from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
}, 60_000);

afterAll(() => world.close());

/** 报销: 科主任, then over 1000 the 财务审核 role, else straight to the cc. */
function expenses(key: string, overrides: { when?: string; role?: string } = {}) {
  return {
    key,
    name: '费用报销审批',
    form: { fields: [{ key: 'amount', label: '金额', type: 'money', required: true, min: 0 }] },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'head', type: 'approval', name: '科主任', assignee: { departmentHead: 'initiator' } },
      { id: 'x', type: 'exclusive', name: '金额' },
      {
        id: 'fin',
        type: 'approval',
        name: '财务',
        assignee: { role: overrides.role ?? 'fin-reviewer' },
      },
      { id: 'cc', type: 'notify', name: '抄送', assignee: { people: ['chen'] } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'head' },
      { from: 'head', to: 'x' },
      { from: 'x', to: 'fin', when: overrides.when ?? 'amount > 1000' },
      { from: 'x', to: 'cc', default: true },
      { from: 'fin', to: 'cc' },
      { from: 'cc', to: 'end' },
    ],
  };
}

type Problems = { problems: { path: string; nodeId?: string; severity: string }[] };

describe('design time: check, simulate, rights, search', () => {
  it('checks a definition against the organisation, naming each node', async () => {
    const admin = world.as('admin');
    const check = (definition: unknown) =>
      admin.post('/api/v1/workflow/processes/check', definitionToSystem(definition, world.ids));
    const sound = await check(expenses('a'));
    expect(sound.body).toEqual({ problems: [] });
    const bad = await check(expenses('a', { when: 'price > 1', role: 'nobody' }));
    expect((bad.body as Problems).problems).toEqual([
      expect.objectContaining({ path: 'edges[2].when', nodeId: 'x', severity: 'error' }),
      expect.objectContaining({ path: 'nodes[3].assignee', nodeId: 'fin', severity: 'error' }),
    ]);
    const refused = await world.as('zhang').post('/api/v1/workflow/processes/check', expenses('a'));
    expect(outcomeOf(refused)).toBe('forbidden');
  });

  it('simulates the path with named approvers, storing nothing', async () => {
    const admin = world.as('admin');
    const definition = definitionToSystem(expenses('sim'), world.ids);
    const run = async (amount: number) =>
      (
        await admin.post('/api/v1/workflow/processes/simulate', {
          definition,
          initiator: world.ids.person('zhang'),
          form: { amount },
        })
      ).body as { path: { nodeId: string; assignees: { name: string }[] }[]; end: boolean };
    const big = await run(5000);
    expect(big.end).toBe(true);
    expect(big.path.map((step) => step.nodeId)).toEqual(['start', 'head', 'fin', 'cc']);
    expect(big.path[1]?.assignees).toEqual([expect.objectContaining({ name: '刘主任' })]);
    expect(big.path[2]?.assignees.map((a) => a.name)).toEqual(['钱会计', '孙出纳']);
    expect((await run(10)).path.map((step) => step.nodeId)).toEqual(['start', 'head', 'cc']);
    const missing = await admin.get('/api/v1/workflow/processes/sim');
    expect(outcomeOf(missing)).toBe('not_found');
  });

  it('finds processes by pinyin and initials', async () => {
    await world.deploy(expenses('expense'));
    const keys = async (q: string) =>
      (
        (await world.as('zhang').get(`/api/v1/workflow/processes?q=${q}`)).body as {
          items: { key: string }[];
        }
      ).items.map((item) => item.key);
    expect(await keys('baoxiao')).toEqual(['expense']);
    expect(await keys('fybx')).toEqual(['expense']);
    expect(await keys(encodeURIComponent('报销'))).toEqual(['expense']);
    expect(await keys('qingjia')).toEqual([]);
  });

  it('start rights limit the catalogue and the start; manage rights limit deploys', async () => {
    await world.deploy(expenses('limited'));
    const admin = world.as('admin');
    const rights = {
      start: {
        departments: [world.ids.department('fin')],
        roles: [world.ids.roles.get('president') ?? 'president'],
        people: [world.ids.person('zhang')],
      },
      manage: null,
    };
    expect((await admin.put('/api/v1/workflow/processes/limited/rights', rights)).status).toBe(200);
    expect((await admin.get('/api/v1/workflow/processes/limited/rights')).body).toEqual(rights);
    const catalogue = async (person: string) =>
      (
        (await world.as(person).get('/api/v1/workflow/processes')).body as {
          items: { key: string }[];
        }
      ).items.map((item) => item.key);
    expect(await catalogue('zhang')).toContain('limited'); // named
    expect(await catalogue('qian')).toContain('limited'); // department
    expect(await catalogue('yuan')).toContain('limited'); // role
    expect(await catalogue('li')).not.toContain('limited');
    expect(await catalogue('li')).toContain('expense');
    const start = (person: string) =>
      world
        .as(person)
        .post('/api/v1/workflow/instances', { processKey: 'limited', form: { amount: 1 } });
    expect(outcomeOf(await start('li'))).toBe('forbidden');
    expect((await start('zhang')).status).toBe(201);

    const managed = { start: null, manage: { roles: [], people: [world.ids.person('liu')] } };
    expect((await admin.put('/api/v1/workflow/processes/limited/rights', managed)).status).toBe(
      200,
    );
    const list = (await admin.get('/api/v1/workflow/design/processes')).body as {
      items: { key: string }[];
    };
    expect(list.items.map((item) => item.key)).not.toContain('limited');
    expect(outcomeOf(await world.deploy(expenses('limited')))).toBe('forbidden');
    expect(outcomeOf(await admin.put('/api/v1/workflow/processes/limited/rights', rights))).toBe(
      'forbidden',
    );
  });
});
