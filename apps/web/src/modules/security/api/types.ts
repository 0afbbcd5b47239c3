import type { AdminKind, DataScope } from '@yuanwu/kernel';

/** `GET/PUT /security/policy` (SECURITY.md 1–9 as settings). */
export interface SecurityPolicy {
  minLength: number;
  maxLength: number;
  minCharClasses: number;
  forbidUsername: boolean;
  forbidCommon: boolean;
  expiryDays: number;
  historyCount: number;
  lockoutThreshold: number;
  lockoutWindowMinutes: number;
  lockoutMinutes: number;
  idleMinutes: number;
  adminIdleMinutes: number;
  absoluteHours: number;
  maxFailuresPerHour: number;
}

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
