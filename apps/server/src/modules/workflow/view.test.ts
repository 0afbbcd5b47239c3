import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../cli/conformance/session.ts';
import { startWorkflowWorld, type WorkflowWorld } from '../../../test/workflow-world.ts';

let world: WorkflowWorld;
let id: string;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const answer = await world.deploy({
    key: 'travel',
    name: '差旅',
    form: {
      fields: [
        { key: 'purpose', label: '事由', type: 'text', required: true },
        { key: 'note', label: '财务意见', type: 'textarea' },
      ],
    },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'gw', type: 'exclusive' },
      {
        id: 'head',
        type: 'approval',
        name: '科室负责人',
        assignee: { departmentHead: 'initiator' },
        fieldPermissions: { note: 'hidden' },
      },
      {
        id: 'fin',
        type: 'approval',
        assignee: { people: ['wang'] },
        fieldPermissions: { note: 'editable' },
      },
      { id: 'vp', type: 'approval', assignee: { role: 'fin-vp' } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'gw' },
      { from: 'gw', to: 'head', default: true },
      { from: 'gw', to: 'vp', when: 'purpose == "vp"' },
      { from: 'head', to: 'fin' },
      { from: 'fin', to: 'end' },
      { from: 'vp', to: 'end' },
    ],
  });
  expect(answer.status).toBe(201);
  id = await world.start('zhang', 'travel', { purpose: '会议', note: '' });
  await world.as('liu').post(`/api/v1/workflow/instances/${id}/approve`, { comment: '同意' });
}, 60_000);

afterAll(() => world.close());

type View = {
  form: Record<string, unknown>;
  fields: { key: string }[];
  editableFields: string[];
  history: { nodeName: string; personName: string; action: string; comment: string | null }[];
  myTasks: { node: string }[];
  graph: { nodes: { id: string; progress: string }[] };
  can: Record<string, boolean>;
};

const view = async (person: string) => {
  const answer = await world.as(person).get(`/api/v1/workflow/instances/${id}`);
  return { outcome: outcomeOf(answer), body: answer.body as View };
};

describe('the instance page', () => {
  it('shows each reader the fields of their node, and the initiator everything', async () => {
    expect((await view('liu')).body.fields.map((f) => f.key)).toEqual(['purpose']);
    expect(Object.keys((await view('liu')).body.form)).not.toContain('note');
    expect((await view('zhang')).body.fields.map((f) => f.key)).toEqual(['purpose', 'note']);
    const wang = (await view('wang')).body;
    expect(wang.fields.map((f) => f.key)).toEqual(['purpose', 'note']);
    expect(wang.editableFields).toEqual(['note']);
    expect(wang.myTasks.map((t) => t.node)).toEqual(['fin']);
    expect(wang.can.approve).toBe(true);
  });

  it('history with names, comments and times', async () => {
    const history = (await view('zhang')).body.history;
    expect(history.map((h) => [h.nodeName, h.personName, h.action, h.comment])).toEqual([
      ['start', '张医生', 'submitted', null],
      ['科室负责人', '刘主任', 'approved', '同意'],
    ]);
  });

  it('the graph marks passed, current and untouched nodes', async () => {
    const progress = Object.fromEntries(
      (await view('zhang')).body.graph.nodes.map((n) => [n.id, n.progress]),
    );
    expect(progress).toEqual({
      start: 'passed',
      gw: 'passed',
      head: 'passed',
      fin: 'current',
      vp: 'untouched',
      end: 'untouched',
    });
  });

  it('strangers cannot read it; administrators can; unknown ids are not found', async () => {
    expect((await view('li')).outcome).toBe('forbidden');
    expect((await view('admin')).outcome).toBe('ok');
    const missing = await world
      .as('zhang')
      .get('/api/v1/workflow/instances/00000000-0000-4000-8000-000000000000');
    expect(outcomeOf(missing)).toBe('not_found');
  });
});
