import { api } from '../../../app/api.ts';
import type {
  AuditEntry,
  AuditFilter,
  ChainVerdict,
  LoginEntry,
  LoginFilter,
  Paged,
} from './types.ts';

/** The audit administrator's calls (审计管理员). */
export const auditApi = {
  entries: (filter: AuditFilter, page: number, pageSize: number) =>
    api.get<Paged<AuditEntry>>('/audit/entries', { ...filter, page, pageSize }),
  exportEntries: (filter: AuditFilter) =>
    api.download('/audit/entries/export.xlsx', 'audit-log.xlsx', { ...filter }),
  verify: () => api.post<ChainVerdict>('/audit/verify'),
  logins: (filter: LoginFilter, page: number, pageSize: number) =>
    api.get<Paged<LoginEntry>>('/audit/logins', { ...filter, page, pageSize }),
};
