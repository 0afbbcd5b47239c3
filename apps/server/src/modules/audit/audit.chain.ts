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
