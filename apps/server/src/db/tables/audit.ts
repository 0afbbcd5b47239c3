import type { Generated } from 'kysely';

export interface AuditLogTable {
  seq: Generated<string>;
  id: string;
  at: Date;
  actor_account_id: string | null;
  actor_username: Generated<string>;
  actor_name: Generated<string>;
  ip: Generated<string>;
  user_agent: Generated<string>;
  request_id: Generated<string>;
  action: string;
  target_type: string | null;
  target_id: string | null;
  result: 'success' | 'failure';
  error_code: string | null;
  summary: unknown;
  prev_mac: string;
  mac: string;
}

/** An entry waiting for the sealer; `mac` covers the entry alone (see audit.sealer.ts). */
export interface AuditPendingTable {
  seq: Generated<string>;
  id: string;
  at: Date;
  actor_account_id: string | null;
  actor_username: string;
  actor_name: string;
  ip: string;
  user_agent: string;
  request_id: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  result: 'success' | 'failure';
  error_code: string | null;
  summary: unknown;
  mac: string;
}
