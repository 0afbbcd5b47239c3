/** Shapes of the audit API (docs/api-v1.md "Audit"). */
export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorUsername: string;
  actorName: string;
  ip: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  result: 'success' | 'failure';
  errorCode: string | null;
  summary: unknown;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  result?: 'success' | 'failure';
  from?: string;
  to?: string;
}

export interface LoginEntry {
  id: number;
  at: string;
  accountId: string | null;
  username: string;
  ip: string;
  userAgent: string;
  success: boolean;
  reason: string;
}

export interface LoginFilter {
  username?: string;
  success?: 'true' | 'false';
  from?: string;
  to?: string;
}

export interface ChainVerdict {
  intact: boolean;
  entries: number;
  brokenAt?: { seq: number; id: string; reason: string };
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
