import { describe, expect, it } from 'vitest';
import { fromGraph } from '../model/fromGraph.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import { toGraph } from '../model/toGraph.ts';
import { assigneeSummary } from './summaries.ts';

const names = { role: (code: string) => (code === 'head_nurse' ? '护士长' : code), field: String };

describe("a role within the requester's department in the designer", () => {
  it('says whose role it is on the card', () => {
    expect(assigneeSummary({ role: 'head_nurse' }, names)).toBe('角色：护士长');
    expect(assigneeSummary({ role: 'head_nurse', scope: 'initiatorDepartment' }, names)).toBe(
      '发起人本科室的护士长',
    );
  });

  it('keeps the scope through the nested view and back', () => {
    const graph: ProcessDefinition = {
      key: 'leave',
      name: '请假',
      form: { fields: [] },
      nodes: [
        { id: 'start', type: 'start' },
        {
          id: 'cc',
          type: 'notify',
          assignee: { role: 'head_nurse', scope: 'initiatorDepartment' },
        },
        { id: 'end', type: 'end' },
      ],
      edges: [
        { from: 'start', to: 'cc' },
        { from: 'cc', to: 'end' },
      ],
    };
    const nested = fromGraph(graph);
    expect(nested).not.toBeNull();
    if (nested) expect(toGraph(nested).nodes[1]).toEqual(graph.nodes[1]);
  });
});
