import { describe, expect, it } from 'vitest';
import { delegationLookup } from './delegations.lookup.ts';
import { buildSnapshot } from './directory.snapshot.ts';

const org = {
  people: [
    { id: 'yuan', employeeNo: '1', name: '袁院长', departmentId: 'hosp', superiorId: null },
    { id: 'liu', employeeNo: '2', name: '刘主任', departmentId: 'surg1', superiorId: 'gone' },
    { id: 'zhang', employeeNo: '3', name: '张医生', departmentId: 'surg1', superiorId: 'liu' },
    { id: 'li', employeeNo: '4', name: '李护士', departmentId: 'surg1', superiorId: 'liu' },
  ],
  departments: [
    { id: 'hosp', code: 'h', name: '医院', parentId: null, headPersonId: 'yuan', path: '/hosp/' },
    {
      id: 'surg',
      code: 's',
      name: '外科',
      parentId: 'hosp',
      headPersonId: null,
      path: '/hosp/surg/',
    },
    {
      id: 'surg1',
      code: 's1',
      name: '普外一科',
      parentId: 'surg',
      headPersonId: 'liu',
      path: '/hosp/surg/surg1/',
    },
  ],
  roleMembers: [
    { roleCode: 'nurse', personId: 'li' },
    { roleCode: 'nurse', personId: 'yuan' },
    { roleCode: 'nurse', personId: 'gone' },
  ],
};

describe('the workflow directory over the organisation', () => {
  const directory = buildSnapshot(org, { version: 1, adminPersonId: 'yuan' });

  it('level n is the head of the n-th department up, with no skipping of empty ones', () => {
    expect(directory.departmentHead('surg1', 1)).toBe('liu');
    expect(directory.departmentHead('surg1', 2)).toBeNull();
    expect(directory.departmentHead('surg1', 3)).toBe('yuan');
    expect(directory.departmentHead('surg1', 4)).toBeNull();
    expect(directory.departmentHead('nowhere', 1)).toBeNull();
  });

  it('superiors and role holders are only active people, holders in the organisation order', () => {
    expect(directory.superiorOf('zhang')).toBe('liu');
    expect(directory.superiorOf('liu')).toBeNull();
    expect(directory.roleHolders('nurse')).toEqual(['yuan', 'li']);
    expect(directory.roleHolders('none')).toEqual([]);
  });

  it('answers people, departments and names', () => {
    expect(directory.personExists('li')).toBe(true);
    expect(directory.personExists('gone')).toBe(false);
    expect(directory.departmentOf('zhang')).toBe('surg1');
    expect(directory.isKnownDepartment('surg')).toBe(true);
    expect(directory.personName('liu')).toBe('刘主任');
    expect(directory.departmentName('hosp')).toBe('医院');
    expect(directory.adminPersonId).toBe('yuan');
  });
});

describe('delegations as the engine sees them', () => {
  const at = (iso: string) => new Date(iso);
  const lookup = delegationLookup([
    {
      id: 'd1',
      delegator_id: 'wang',
      delegate_id: 'qian',
      process_keys: ['expense'],
      starts_at: at('2026-01-01T00:00:00Z'),
      ends_at: at('2026-01-02T00:00:00Z'),
      created_at: at('2026-01-01T00:00:00Z'),
      revoked_at: null,
      ended_at: null,
    },
  ]);

  it('is active from `from` (inclusive) until `until` (exclusive), for its processes only', () => {
    expect(lookup.activeDelegation('wang', 'expense', at('2025-12-31T23:59:59Z'))).toBeNull();
    expect(lookup.activeDelegation('wang', 'expense', at('2026-01-01T00:00:00Z'))).toEqual({
      id: 'd1',
      to: 'qian',
    });
    expect(lookup.activeDelegation('wang', 'expense', at('2026-01-02T00:00:00Z'))).toBeNull();
    expect(lookup.activeDelegation('wang', 'leave', at('2026-01-01T12:00:00Z'))).toBeNull();
    expect(lookup.activeDelegation('qian', 'expense', at('2026-01-01T12:00:00Z'))).toBeNull();
  });
});
