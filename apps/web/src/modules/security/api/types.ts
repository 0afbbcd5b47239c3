import type { AdminKind, DataScope } from '@yuanwu/kernel';

/** `GET/PUT /security/policy` (SECURITY.md 1–9 as settings): the shape shared with the server. */
export type { SecurityPolicy } from '@yuanwu/contracts';

export type AccountStatusFilter = 'active' | 'disabled' | 'locked';

export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  departmentName: string | null;
  adminKind: AdminKind | null;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
}

export interface PermissionEntry {
  permission: string;
  label: string;
  grantable: boolean;
}

export interface RoleGrant {
  permission: string;
  scope: DataScope;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
