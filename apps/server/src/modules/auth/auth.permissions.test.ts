import { adminPermissions } from '@yuanwu/contracts';
import { describe, expect, it } from 'vitest';
import { effectivePermissions } from './auth.permissions.ts';

describe('effective permissions', () => {
  it('keeps the widest scope any role grants', () => {
    const held = effectivePermissions(null, [
      { permission: 'org.read', scope: 'department' },
      { permission: 'org.read', scope: 'campus' },
      { permission: 'org.read', scope: 'self' },
      { permission: 'workflow.start', scope: 'all' },
    ]);
    expect(Object.fromEntries(held)).toEqual({ 'org.read': 'campus', 'workflow.start': 'all' });
  });

  it('ignores reserved and unknown rights found on roles', () => {
    const held = effectivePermissions(null, [
      { permission: 'audit.read', scope: 'all' },
      { permission: 'security.rights', scope: 'all' },
      { permission: 'no.such.right', scope: 'all' },
      { permission: 'org.read', scope: 'self' },
    ]);
    expect([...held.keys()]).toEqual(['org.read']);
  });

  it('gives an administrator exactly its kind’s rights, none from roles', () => {
    const held = effectivePermissions('audit', [{ permission: 'org.manage', scope: 'all' }]);
    expect([...held.keys()].sort()).toEqual([...adminPermissions.audit].sort());
    expect(held.get('audit.read')).toBe('all');
  });
});
