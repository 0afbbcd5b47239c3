import { expect } from 'vitest';
import { playScenario } from './runner.ts';
import type { ScenarioOrg, ScenarioStep } from './scenario.ts';

const person = (id: string, dept: string, superior?: string, roles?: string[]) => ({
  id,
  name: id,
  dept,
  ...(superior === undefined ? {} : { superior }),
  ...(roles === undefined ? {} : { roles }),
});

/** The public scenarios' hospital: departments with heads, superiors and roles. */
export const hospital: ScenarioOrg = {
  departments: [
    { id: 'hosp', name: '市第一人民医院', head: 'yuan' },
    { id: 'office', name: '院办', parent: 'hosp', head: 'zhou' },
    { id: 'fin', name: '财务科', parent: 'hosp', head: 'wang' },
    { id: 'surg', name: '外科', parent: 'hosp', head: 'he' },
    { id: 'surg1', name: '普外一科', parent: 'surg', head: 'liu' },
    { id: 'empty', name: '新设科室', parent: 'hosp' },
  ],
  people: [
    person('yuan', 'hosp', undefined, ['president']),
    person('zhao', 'hosp', 'yuan', ['fin-vp']),
    person('zhou', 'office', 'yuan'),
    person('chen', 'office', 'zhou', ['seal-keeper']),
    person('wang', 'fin', 'zhao'),
    person('qian', 'fin', 'wang', ['fin-reviewer']),
    person('sun', 'fin', 'wang', ['fin-reviewer']),
    person('he', 'surg', 'yuan'),
    person('liu', 'surg1', 'he'),
    person('zhang', 'surg1', 'liu'),
    person('li', 'surg1', 'liu'),
    person('ma', 'empty'),
  ],
  roles: ['president', 'fin-vp', 'seal-keeper', 'fin-reviewer', 'nobody'].map((id) => ({
    id,
    name: id,
  })),
};

/** A simple form most test processes share. */
export const amountForm = {
  fields: [
    { key: 'amount', label: '金额', type: 'money', required: true, min: 0 },
    { key: 'reason', label: '事由', type: 'text' },
    { key: 'reviewer', label: '审核人', type: 'person', multiple: true },
  ],
};

type Node = Record<string, unknown> & { id: string; type: string };
type Edge = { from: string; to: string; when?: string; default?: boolean };

/** A process in the interchange format with `amountForm` unless another form is given. */
export function process(nodes: Node[], edges: Edge[], extra: Record<string, unknown> = {}) {
  return { key: 'test', name: '测试流程', form: amountForm, nodes, edges, ...extra };
}

/** A chain start → …nodes → end. */
export function chain(nodes: Node[], extra: Record<string, unknown> = {}) {
  const all: Node[] = [{ id: 'start', type: 'start' }, ...nodes, { id: 'end', type: 'end' }];
  const edges = all.slice(1).map((node, index) => ({ from: all[index]?.id ?? '', to: node.id }));
  return process(all, edges, extra);
}

/** Plays a scenario on the hospital and fails the test with the first difference. */
export function play(processDefinition: unknown, steps: ScenarioStep[]): void {
  const result = playScenario({
    format: 'workflow-scenario/1',
    name: 'test',
    org: hospital,
    process: processDefinition,
    steps,
  });
  expect(result).toEqual({ passed: true });
}
