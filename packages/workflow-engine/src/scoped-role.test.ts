import { describe, expect, it } from 'vitest';
import { processDefinition } from './definition.ts';
import { designProblems } from './design-check.ts';
import { simulate } from './simulate.ts';
import { chain, hospital } from './testing/fixtures.ts';
import { memoryOrg } from './testing/memory-org.ts';
import { playScenario } from './testing/runner.ts';
import type { ScenarioOrg, ScenarioStep } from './testing/scenario.ts';

/** The hospital with a 护士长 in 普外一科 (li) and one in 财务科 (sun); 外科 itself has none. */
const org: ScenarioOrg = {
  ...hospital,
  people: hospital.people.map((person) =>
    person.id === 'li' || person.id === 'sun'
      ? { ...person, roles: [...(person.roles ?? []), 'head-nurse'] }
      : person,
  ),
  roles: [...hospital.roles, { id: 'head-nurse', name: '护士长' }],
};

const scoped = (role: string) => ({ role, scope: 'initiatorDepartment' });
const leave = chain([
  { id: 'cc', type: 'notify', assignee: scoped('head-nurse') },
  { id: 'a', type: 'approval', assignee: scoped('head-nurse'), ifEmpty: 'skip' },
]);

function play(steps: ScenarioStep[]) {
  const result = playScenario({
    format: 'workflow-scenario/1',
    name: 't',
    org,
    process: leave,
    steps,
  });
  expect(result).toEqual({ passed: true });
}

describe("a role within the initiator's department", () => {
  it("resolves to the holders in the initiator's own department only", () => {
    play([
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 1 },
        expect: { cc: { li: 'unread' }, tasks: { a: ['li'] } },
      },
      { as: 'sun', do: 'approve', error: 'forbidden' },
      { as: 'li', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('finds nobody for an initiator whose department has no holder (not its parent)', () => {
    play([
      {
        as: 'he',
        do: 'start',
        form: { amount: 1 },
        expect: {
          status: 'completed',
          history: [
            ['start', 'he', 'submitted'],
            ['a', 'system', 'skipped'],
          ],
        },
      },
    ]);
  });

  it('survives the interchange format and shows the people per initiator in simulation', () => {
    const definition = processDefinition.parse(leave);
    expect(definition.nodes[1]).toMatchObject({ assignee: scoped('head-nurse') });
    const directory = memoryOrg(org);
    const now = new Date('2026-11-23T08:00:00Z');
    const people = (initiator: string) =>
      simulate(definition, { initiator, form: { amount: 1 }, org: directory, now }).path.map(
        (step) => [step.nodeId, step.assignees],
      );
    expect(people('zhang')).toEqual([
      ['start', ['zhang']],
      ['a', ['li']],
      ['cc', ['li']],
    ]);
    expect(people('qian')).toEqual([
      ['start', ['qian']],
      ['a', ['sun']],
      ['cc', ['sun']],
    ]);
    expect(() =>
      processDefinition.parse(
        chain([{ id: 'a', type: 'approval', assignee: { role: 'x', scope: 'campus' } }]),
      ),
    ).toThrow();
  });

  it('warns in the design check when nobody anywhere holds the role', () => {
    const directory = memoryOrg(org);
    expect(designProblems(leave, directory)).toEqual([]);
    const nobody = chain([{ id: 'a', type: 'approval', assignee: scoped('nobody') }]);
    const problems = designProblems(nobody, directory);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ nodeId: 'a', severity: 'warning' });
    expect(problems[0]?.message).toContain('没有成员');
  });
});
