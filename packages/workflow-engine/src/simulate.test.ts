import { describe, expect, it } from 'vitest';
import { processDefinition } from './definition.ts';
import { simulate } from './simulate.ts';
import { chain, hospital, process } from './testing/fixtures.ts';
import { memoryOrg } from './testing/memory-org.ts';

const org = memoryOrg(hospital);
const now = new Date('2026-11-23T08:00:00Z');

const definition = processDefinition.parse(
  process(
    [
      { id: 'start', type: 'start' },
      { id: 'head', type: 'approval', name: '科主任', assignee: { departmentHead: 'initiator' } },
      { id: 'x', type: 'exclusive' },
      {
        id: 'fin',
        type: 'approval',
        name: '财务',
        assignee: { role: 'fin-reviewer' },
        mode: 'sequence',
      },
      { id: 'cc', type: 'notify', name: '抄送', assignee: { people: ['chen'] } },
      { id: 'end', type: 'end' },
    ],
    [
      { from: 'start', to: 'head' },
      { from: 'head', to: 'x' },
      { from: 'x', to: 'fin', when: 'amount > 1000' },
      { from: 'x', to: 'cc', default: true },
      { from: 'fin', to: 'cc' },
      { from: 'cc', to: 'end' },
    ],
  ),
);

const nodes = (form: Record<string, number>) =>
  simulate(definition, { initiator: 'zhang', form, org, now }).path.map((s) => s.nodeId);

describe('simulate', () => {
  it('routes by the form and resolves the approvers', () => {
    expect(nodes({ amount: 5000 })).toEqual(['start', 'head', 'fin', 'cc']);
    expect(nodes({ amount: 10 })).toEqual(['start', 'head', 'cc']);
    const result = simulate(definition, { initiator: 'zhang', form: { amount: 5000 }, org, now });
    expect(result.end).toBe(true);
    expect(result.path[1]).toMatchObject({ name: '科主任', assignees: ['liu'] });
    expect(result.path[2]?.assignees).toEqual(['qian', 'sun']);
    expect(result.path[3]).toMatchObject({ type: 'notify', assignees: ['chen'] });
  });

  it('reports a form the engine refuses, and nodes nobody holds', () => {
    const refused = simulate(definition, { initiator: 'zhang', form: {}, org, now });
    expect(refused).toMatchObject({ end: false, path: [] });
    expect(refused.problem).toBeTruthy();
    const skipping = processDefinition.parse(
      chain([{ id: 'r', type: 'approval', assignee: { role: 'nobody' }, ifEmpty: 'skip' }]),
    );
    const result = simulate(skipping, { initiator: 'zhang', form: { amount: 1 }, org, now });
    expect(result.path[1]).toMatchObject({ nodeId: 'r', outcome: 'skipped' });
    expect(result.end).toBe(true);
  });
});
