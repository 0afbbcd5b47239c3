import { newId } from '@yuanwu/kernel';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { chainMac, entryMac, genesisMac, type ChainedContent } from './audit.chain.ts';
import {
  insertAuditRows,
  lockChainHead,
  takePending,
  type AuditRow,
  type PendingRow,
} from './audit.repository.ts';

// Entries moved per transaction: keeps one seal short even after a long outage.
const batchSize = 500;

/**
 * Business transactions append their audit entries to `audit_pending` without a lock,
 * each with a MAC over the entry alone; sealing moves the waiting entries, oldest first,
 * into `audit_log`, chaining each to the previous one. Only the sealer holds the chain
 * lock, once per batch, so audited writes commit in parallel again. The move is one
 * transaction under the lock, so every entry is chained exactly once whichever server
 * seals it. Returns how many entries were chained.
 */
export async function sealPending(db: Db, key: Buffer): Promise<number> {
  let sealed = 0;
  for (;;) {
    const moved = await inTransaction(db, async (trx) => {
      let prevMac = (await lockChainHead(trx)) ?? genesisMac;
      const pending = await takePending(trx, batchSize);
      const rows = pending.map((row) => {
        const content = acceptedContent(row, key);
        const mac = chainMac(key, prevMac, content);
        const chained = toAuditRow(content, prevMac, mac);
        prevMac = mac;
        return chained;
      });
      if (rows.length > 0) await insertAuditRows(trx, rows);
      return rows.length;
    });
    sealed += moved;
    if (moved < batchSize) return sealed;
  }
}

function contentOf(row: PendingRow): ChainedContent {
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

/**
 * The entry as recorded, or, when its MAC is wrong (appended by someone without the
 * key), an entry saying so that keeps what was appended as evidence: a forgery is
 * chained as a failure, never as what it claims to be.
 */
function acceptedContent(row: PendingRow, key: Buffer): ChainedContent {
  const content = contentOf(row);
  if (entryMac(key, content) === row.mac) return content;
  return {
    id: newId(),
    at: row.at,
    actorAccountId: null,
    actorUsername: 'system',
    actorName: '审计封存',
    ip: '',
    userAgent: '',
    requestId: row.request_id,
    action: 'audit.pending.rejected',
    targetType: 'audit_log',
    targetId: row.id,
    result: 'failure',
    errorCode: 'bad_mac',
    summary: { reason: 'the waiting entry does not match its MAC', entry: { ...content } },
  };
}

function toAuditRow(content: ChainedContent, prevMac: string, mac: string): Omit<AuditRow, 'seq'> {
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
    prev_mac: prevMac,
    mac,
  };
}
