import { describe, expect, it } from 'vitest';
import { designProblems } from './design-check.ts';
import { chain, hospital, process } from './testing/fixtures.ts';
import { memoryOrg } from './testing/memory-org.ts';

const org = memoryOrg(hospital);
const approval = (id: string, assignee: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'approval',
  assignee,
  ...extra,
});

/** A start → exclusive → (a | b) → end process; `defaultToB` marks b's edge default. */
function branching(defaultToB: boolean) {
  return process(
    [
      { id: 'start', type: 'start' },
      { id: 'x', type: 'exclusive', name: '金额判断' },
      approval('a', { people: ['liu'] }),
      approval('b', { people: ['wang'] }),
      { id: 'end', type: 'end' },
    ],
    [
      { from: 'start', to: 'x' },
      { from: 'x', to: 'a', when: 'amount > 1000' },
      defaultToB
        ? { from: 'x', to: 'b', default: true }
        : { from: 'x', to: 'b', when: 'amount <= 1000' },
      { from: 'a', to: 'end' },
      { from: 'b', to: 'end' },
    ],
  );
}

describe('designProblems', () => {
  it('finds nothing in a sound definition', () => {
    expect(designProblems(chain([approval('a', { people: ['liu'] })]), org)).toEqual([]);
    expect(designProblems(branching(true), org)).toEqual([]);
  });

  it('reports shape errors with the node they are in', () => {
    const bad = chain([{ id: 'a', type: 'approval', assignee: { people: [] } }]);
    const [problem] = designProblems(bad, org);
    expect(problem).toMatchObject({ nodeId: 'a', severity: 'error' });
    expect(problem?.path).toMatch(/^nodes\[1\]\.assignee/);
  });

  it('reports unreachable nodes and conditions on unknown fields', () => {
    const island = chain([approval('a', { people: ['liu'] })]);
    island.nodes.push(approval('lost', { people: ['liu'] }));
    island.edges.push({ from: 'lost', to: 'end' });
    expect(designProblems(island, org)).toEqual([
      expect.objectContaining({ path: 'nodes[3]', nodeId: 'lost', severity: 'error' }),
    ]);
    const unknownField = branching(true);
    unknownField.edges[1] = { from: 'x', to: 'a', when: 'price > 1' };
    expect(designProblems(unknownField, org)).toEqual([
      expect.objectContaining({ path: 'edges[1].when', nodeId: 'x' }),
    ]);
    const unparsable = branching(true);
    unparsable.edges[1] = { from: 'x', to: 'a', when: 'amount >' };
    expect(designProblems(unparsable, org)[0]).toMatchObject({ nodeId: 'x', severity: 'error' });
  });

  it('warns about a gateway without a default branch', () => {
    expect(designProblems(branching(false), org)).toEqual([
      expect.objectContaining({ nodeId: 'x', severity: 'warning', path: 'nodes[1]' }),
    ]);
  });

  it('warns about a join that closes no split', () => {
    const lonely = chain([approval('a', { people: ['liu'] }), { id: 'j', type: 'join' }]);
    expect(designProblems(lonely, org)).toEqual([
      expect.objectContaining({ nodeId: 'j', severity: 'warning' }),
    ]);
  });

  it('reports assignee rules that resolve to nobody', () => {
    const nobody = chain([
      approval('r', { role: 'nobody' }),
      approval('p', { people: ['liu', 'ghost'] }),
      approval('s', { role: 'nobody' }, { ifEmpty: 'skip' }),
    ]);
    expect(designProblems(nobody, org)).toEqual([
      expect.objectContaining({ nodeId: 'r', severity: 'error', path: 'nodes[1].assignee' }),
      expect.objectContaining({
        nodeId: 'p',
        severity: 'error',
        message: expect.stringContaining('ghost'),
      }),
      expect.objectContaining({ nodeId: 's', severity: 'warning' }),
    ]);
    // Without an organisation only the definition itself is checked.
    expect(designProblems(nobody)).toEqual([]);
  });

  it('keeps hint and references on nodes', () => {
    const guided = chain([
      approval(
        'a',
        { people: ['liu'] },
        { hint: '核对发票', references: [{ name: '制度', url: '/x' }] },
      ),
    ]);
    expect(designProblems(guided, org)).toEqual([]);
    const badReference = chain([
      approval('a', { people: ['liu'] }, { references: [{ name: '' }] }),
    ]);
    expect(designProblems(badReference, org)[0]?.nodeId).toBe('a');
  });
});
