import type { AdminKind } from '@yuanwu/kernel';
import { api } from '../../../app/api.ts';
import type {
  AccountStatusFilter,
  AccountSummary,
  Paged,
  PermissionEntry,
  RoleGrant,
  SecurityPolicy,
} from './types.ts';

const account = (id: string) => `/security/accounts/${encodeURIComponent(id)}`;

/** The security administrator's calls (安全管理员). */
export const securityApi = {
  policy: () => api.get<SecurityPolicy>('/security/policy'),
  savePolicy: (policy: SecurityPolicy) => api.put<SecurityPolicy>('/security/policy', policy),
  accounts: (query: { q?: string; status?: AccountStatusFilter; page: number; pageSize: number }) =>
    api.get<Paged<AccountSummary>>('/security/accounts', query),
  unlock: (id: string) => api.post<void>(`${account(id)}/unlock`),
  resetPassword: (id: string) =>
    api.post<{ temporaryPassword: string }>(`${account(id)}/reset-password`),
  setAdminKind: (id: string, adminKind: AdminKind | null) =>
    api.put<AccountSummary>(`${account(id)}/admin-kind`, { adminKind }),
  permissions: () => api.get<PermissionEntry[]>('/security/permissions'),
  roleGrants: (roleId: string) =>
    api.get<{ grants: RoleGrant[] }>(`/security/roles/${encodeURIComponent(roleId)}/permissions`),
  saveRoleGrants: (roleId: string, grants: RoleGrant[]) =>
    api.put<{ grants: RoleGrant[] }>(`/security/roles/${encodeURIComponent(roleId)}/permissions`, {
      grants,
    }),
};
