import type { AdminKind } from '@yuanwu/kernel';
import type { AccountRow } from './auth.repository.ts';
import type { SecurityPolicy } from './security-policy.ts';

/** One account in the security administrator's list (docs/api-v1.md). */
export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  departmentName: string | null;
  adminKind: AdminKind | null;
  status: 'active' | 'disabled';
  /** Set only while the lock lasts. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
}

/** Maps an account row; a lock that has run out is shown as none. */
export function presentAccount(
  row: AccountRow,
  departmentName: string | null,
  now: Date,
): AccountSummary {
  const locked = row.locked_until && row.locked_until.getTime() > now.getTime();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    departmentName,
    adminKind: row.admin_kind,
    status: row.status,
    lockedUntil: locked ? (row.locked_until?.toISOString() ?? null) : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    mustChangePassword: row.must_change_password,
  };
}

/** The policy exactly as `PUT /security/policy` takes it. */
export function presentPolicy(policy: SecurityPolicy): SecurityPolicy {
  return { ...policy };
}
