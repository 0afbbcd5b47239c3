import type { AuditRow } from './audit.repository.ts';
import type { LoginRow } from './audit.search.repository.ts';
import type { ChainVerdict } from './audit.verify.ts';

/** One audit entry as the audit administrator sees it (docs/api-v1.md "Audit"). */
export interface AuditEntryView {
  seq: number;
  id: string;
  /** UTC, ISO 8601. */
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

/** One line of the login log. */
export interface LoginView {
  id: number;
  at: string;
  accountId: string | null;
  username: string;
  ip: string;
  userAgent: string;
  success: boolean;
  reason: string;
}

/** The verifier's answer: `brokenAt` only when the chain is broken. */
export interface VerdictView {
  intact: boolean;
  entries: number;
  brokenAt?: { seq: number; id: string; reason: string };
}

/** Maps a stored entry; the MACs stay in the database. */
export function presentEntry(row: AuditRow): AuditEntryView {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at.toISOString(),
    actorUsername: row.actor_username,
    actorName: row.actor_name,
    ip: row.ip,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    result: row.result,
    errorCode: row.error_code,
    summary: row.summary,
  };
}

/** Maps a login-log row. */
export function presentLogin(row: LoginRow): LoginView {
  return {
    id: Number(row.id),
    at: row.at.toISOString(),
    accountId: row.account_id,
    username: row.username,
    ip: row.ip,
    userAgent: row.user_agent,
    success: row.success,
    reason: row.reason,
  };
}

/** Maps the verifier's verdict. */
export function presentVerdict(verdict: ChainVerdict): VerdictView {
  return verdict.intact
    ? { intact: true, entries: verdict.entries }
    : { intact: false, entries: verdict.entries, brokenAt: verdict.brokenAt };
}
