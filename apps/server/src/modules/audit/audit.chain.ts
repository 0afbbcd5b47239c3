import { createHmac } from 'node:crypto';

/** The MAC that opens the chain. */
export const genesisMac = '0'.repeat(64);

/** What the MAC covers: every column of an entry but its own MAC and seq. */
export interface ChainedContent {
  id: string;
  at: Date;
  actorAccountId: string | null;
  actorUsername: string;
  actorName: string;
  ip: string;
  userAgent: string;
  requestId: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  result: 'success' | 'failure';
  errorCode: string | null;
  summary: unknown;
}

/** The same content as the columns of `audit_log` and `audit_pending` name it. */
export interface ChainedColumns {
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
}

/** The part of a stored entry (chained or waiting) that its MAC covers. */
export function chainedContentOf(row: ChainedColumns): ChainedContent {
  return {
    id: row.id,
    at: row.at,
    actorAccountId: row.actor_account_id,
    actorUsername: row.actor_username,
    actorName: row.actor_name,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    result: row.result,
    errorCode: row.error_code,
    summary: row.summary,
  };
}

/** The columns that store an entry's content. */
export function columnsOf(content: ChainedContent): ChainedColumns {
  return {
    id: content.id,
    at: content.at,
    actor_account_id: content.actorAccountId,
    actor_username: content.actorUsername,
    actor_name: content.actorName,
    ip: content.ip,
    user_agent: content.userAgent,
    request_id: content.requestId,
    action: content.action,
    target_type: content.targetType,
    target_id: content.targetId,
    result: content.result,
    error_code: content.errorCode,
    summary: content.summary,
  };
}

/** JSON with object keys sorted at every depth, so jsonb round trips keep the MAC. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** HMAC-SM3 over the previous entry's MAC and this entry's content. */
export function chainMac(key: Buffer, prevMac: string, content: ChainedContent): string {
  return createHmac('sm3', key)
    .update(prevMac)
    .update('\n')
    .update(canonicalJson({ ...content, at: content.at.toISOString() }))
    .digest('hex');
}

/**
 * HMAC-SM3 over one entry alone, written with it while it waits to be chained
 * (audit.sealer.ts): whoever can append rows but lacks the key cannot make an entry the
 * sealer accepts. A prefix keeps it from ever equalling a chain MAC.
 */
export function entryMac(key: Buffer, content: ChainedContent): string {
  return createHmac('sm3', key)
    .update('pending\n')
    .update(canonicalJson({ ...content, at: content.at.toISOString() }))
    .digest('hex');
}
