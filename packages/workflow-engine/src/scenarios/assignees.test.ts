import { describe, expect, it } from 'vitest';
import { chain, hospital } from '../testing/fixtures.ts';
import { play } from '../testing/fixtures.ts';
import { playScenario } from '../testing/runner.ts';

const approval = (id: string, extra: Record<string, unknown>) => ({
  id,
  type: 'approval',
  ...extra,
});

describe('assignee rules', () => {
  it('resolves department heads by level, superiors, the initiator and person fields', () => {
    play(
      chain([
        approval('head2', { assignee: { departmentHead: 'initiator', level: 2 } }),
        approval('boss', { assignee: { superior: 'initiator' } }),
        approval('self', { assignee: { initiator: true } }),
        approval('picked', { assignee: { field: 'reviewer' } }),
      ]),
      [
        {
          as: 'zhang',
          do: 'start',
          form: { amount: 1, reviewer: ['sun', 'qian'] },
          expect: { tasks: { head2: ['he'] } },
        },
        { as: 'he', do: 'approve', expect: { tasks: { boss: ['liu'] } } },
        { as: 'liu', do: 'approve', expect: { tasks: { self: ['zhang'] } } },
        { as: 'zhang', do: 'approve', expect: { tasks: { picked: ['qian', 'sun'] } } },
        { as: 'sun', do: 'approve', expect: { tasks: { picked: ['qian'] } } },
      ],
    );
  });

  it('sequence mode follows the organisation order for a role', () => {
    play(chain([approval('seq', { assignee: { role: 'fin-reviewer' }, mode: 'sequence' })]), [
      { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { seq: ['qian'] } } },
      { as: 'sun', do: 'approve', error: 'forbidden' },
      { as: 'qian', do: 'approve', expect: { tasks: { seq: ['sun'] } } },
      { as: 'sun', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('sequence mode follows people as listed and a person field in its order', () => {
    play(
      chain([
        approval('listed', { assignee: { people: ['wang', 'chen'] }, mode: 'sequence' }),
        approval('field', { assignee: { field: 'reviewer' }, mode: 'sequence' }),
      ]),
      [
        {
          as: 'zhang',
          do: 'start',
          form: { amount: 1, reviewer: ['sun', 'qian'] },
          expect: { tasks: { listed: ['wang'] } },
        },
        { as: 'wang', do: 'approve', expect: { tasks: { listed: ['chen'] } } },
        { as: 'chen', do: 'approve', expect: { tasks: { field: ['sun'] } } },
        { as: 'sun', do: 'approve', expect: { tasks: { field: ['qian'] } } },
      ],
    );
  });

  it('ifEmpty: skip records a system skip, admin assigns admin, error refuses the step', () => {
    const nobody = { role: 'nobody' };
    play(
      chain([
        approval('skipped', { assignee: nobody, ifEmpty: 'skip' }),
        approval('admin', { assignee: nobody, ifEmpty: 'admin' }),
        { id: 'cc', type: 'notify', assignee: nobody },
        approval('last', { assignee: { people: ['wang'] } }),
      ]),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { admin: ['admin'] } } },
        { as: 'admin', do: 'approve', expect: { tasks: { last: ['wang'] } } },
        {
          expect: {
            history: [
              ['start', 'zhang', 'submitted'],
              ['skipped', 'system', 'skipped'],
              ['admin', 'admin', 'approved'],
            ],
          },
        },
      ],
    );
  });

  it('ifEmpty error (the default) fails with no_assignee and creates nothing', () => {
    const result = playScenario({
      format: 'workflow-scenario/1',
      name: 'no head',
      org: hospital,
      process: chain([approval('head', { assignee: { departmentHead: 'initiator' } })]),
      steps: [
        { as: 'ma', do: 'start', form: { amount: 1 }, error: 'no_assignee' },
        { as: 'zhang', do: 'start', form: { amount: 1 }, expect: { tasks: { head: ['liu'] } } },
      ],
    });
    expect(result).toEqual({ passed: true });
  });

  it('dedupe approves at once for someone who already approved another node', () => {
    play(
      chain(
        [
          approval('head', { assignee: { departmentHead: 'initiator' } }),
          approval('again', { assignee: { people: ['liu', 'he'] }, mode: 'all' }),
          approval('either', { assignee: { people: ['wang', 'liu'] }, mode: 'any' }),
        ],
        { dedupe: true },
      ),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { as: 'liu', do: 'approve', expect: { tasks: { again: ['he'] } } },
        {
          as: 'he',
          do: 'approve',
          expect: {
            status: 'completed',
            history: [
              ['start', 'zhang', 'submitted'],
              ['head', 'liu', 'approved'],
              ['again', 'system', 'auto_approved'],
              ['again', 'he', 'approved'],
              ['either', 'system', 'auto_approved'],
            ],
          },
        },
      ],
    );
  });

  it('without dedupe the same person decides again, and a default mode of one is any', () => {
    play(
      chain([
        approval('a', { assignee: { people: ['wang'] } }),
        approval('b', { assignee: { people: ['wang'] } }),
      ]),
      [
        { as: 'zhang', do: 'start', form: { amount: 1 } },
        { as: 'wang', do: 'approve', expect: { tasks: { b: ['wang'] } } },
      ],
    );
  });
});
