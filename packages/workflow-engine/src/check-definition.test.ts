import { describe, expect, it } from 'vitest';
import { parseProcessDefinition } from './parse-definition.ts';
import { chain, process } from './testing/fixtures.ts';

const approval = { id: 'a', type: 'approval', assignee: { people: ['liu'] } };

/** The paths of the problems found, or [] when the definition deploys. */
function problems(input: unknown): string[] {
  const parsed = parseProcessDefinition(input);
  if (parsed.ok) return [];
  expect(parsed.error.code).toBe('validation');
  return parsed.error.details.map((detail) => detail.path);
}

describe('checkDefinition', () => {
  it('accepts a sound definition', () => {
    expect(problems(chain([approval]))).toEqual([]);
  });

  it('refuses malformed shapes with paths', () => {
    expect(problems({ ...chain([]), nodes: [{ id: 'x', type: 'robot' }] })).toContain(
      'nodes[0].type',
    );
    const badRule = chain([{ id: 'a', type: 'approval', assignee: { people: ['x'], role: 'y' } }]);
    expect(problems(badRule)).toEqual(['nodes[1].assignee']);
  });

  it('needs exactly one start, an end, known and single exits', () => {
    const twoStarts = process(
      [
        { id: 'start', type: 'start' },
        { id: 's2', type: 'start' },
        { id: 'end', type: 'end' },
      ],
      [
        { from: 'start', to: 'end' },
        { from: 's2', to: 'end' },
      ],
    );
    expect(problems(twoStarts)).toContain('nodes');
    const noEnd = process([{ id: 'start', type: 'start' }, approval], [{ from: 'start', to: 'a' }]);
    expect(problems(noEnd).length).toBeGreaterThan(0);
    const unknown = chain([approval]);
    unknown.edges.push({ from: 'a', to: 'ghost' });
    expect(problems(unknown)).toEqual(expect.arrayContaining(['edges[2].to', 'nodes[1]']));
  });

  it('refuses unreachable nodes and nodes that cannot finish', () => {
    const island = chain([approval]);
    island.nodes.push({ id: 'lost', type: 'approval', assignee: { people: ['liu'] } });
    island.edges.push({ from: 'lost', to: 'end' });
    expect(problems(island)).toEqual(['nodes[3]']);
  });

  it('refuses a loop without an approval node', () => {
    const loop = process(
      [
        { id: 'start', type: 'start' },
        { id: 'x', type: 'exclusive' },
        { id: 'n', type: 'notify', assignee: { people: ['chen'] } },
        { id: 'end', type: 'end' },
      ],
      [
        { from: 'start', to: 'x' },
        { from: 'x', to: 'n', when: 'amount > 1' },
        { from: 'x', to: 'end', default: true },
        { from: 'n', to: 'x' },
      ],
    );
    expect(problems(loop)).toEqual(['nodes[1]', 'nodes[2]']);
    loop.nodes[2] = approval;
    loop.edges[1] = { from: 'x', to: 'a', when: 'amount > 1' };
    loop.edges[3] = { from: 'a', to: 'x' };
    expect(problems(loop)).toEqual([]);
  });

  it('checks conditions: they parse, name form fields, and sit on gateway edges only', () => {
    const gateway = (when: string) =>
      process(
        [
          { id: 'start', type: 'start' },
          { id: 'x', type: 'exclusive' },
          { id: 'end', type: 'end' },
        ],
        [
          { from: 'start', to: 'x' },
          { from: 'x', to: 'end', when },
        ],
      );
    expect(problems(gateway('amount > 5000'))).toEqual([]);
    expect(problems(gateway('amount >'))).toEqual(['edges[1].when']);
    expect(problems(gateway('salary > 1'))).toEqual(['edges[1].when']);
    const onApproval = chain([approval]);
    onApproval.edges[1] = { from: 'a', to: 'end', when: 'amount > 1' };
    expect(problems(onApproval)).toEqual(['edges[1]']);
  });

  it('checks assignee fields, time limits and field permissions', () => {
    const node = (extra: Record<string, unknown>) => chain([{ ...approval, ...extra }]);
    expect(problems(node({ assignee: { field: 'reviewer' } }))).toEqual([]);
    expect(problems(node({ assignee: { field: 'reason' } }))).toEqual(['nodes[1].assignee.field']);
    expect(problems(node({ assignee: { field: 'nope' } }))).toEqual(['nodes[1].assignee.field']);
    expect(problems(node({ timeLimit: 'P1DT2H', onTimeout: 'remind' }))).toEqual([]);
    expect(problems(node({ timeLimit: '24 hours' }))).toEqual(['nodes[1].timeLimit']);
    expect(problems(node({ onTimeout: 'remind' }))).toEqual(['nodes[1].onTimeout']);
    expect(problems(node({ fieldPermissions: { amount: 'hidden' } }))).toEqual([]);
    expect(problems(node({ fieldPermissions: { nope: 'hidden' } }))).toEqual([
      'nodes[1].fieldPermissions.nope',
    ]);
  });

  it('checks the form itself', () => {
    const badForm = {
      ...chain([approval]),
      form: { fields: [{ key: 'x', label: 'x', type: 'select' }] },
    };
    expect(problems(badForm).every((path) => path.startsWith('form.'))).toBe(true);
    expect(problems(badForm).length).toBeGreaterThan(0);
  });
});
