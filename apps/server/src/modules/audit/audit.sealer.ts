import { newId } from '@yuanwu/kernel';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  chainedContentOf,
  chainMac,
  columnsOf,
  entryMac,
  genesisMac,
  type ChainedContent,
} from './audit.chain.ts';
import { insertAuditRows, lockAndTakePending, type PendingRow } from './audit.repository.ts';

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
      const { head, pending } = await lockAndTakePending(trx, batchSize);
      let prevMac = head ?? genesisMac;
      const rows = pending.map((row) => {
        const content = acceptedContent(row, key);
        const mac = chainMac(key, prevMac, content);
        const chained = { ...columnsOf(content), prev_mac: prevMac, mac };
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

/**
 * The entry as recorded, or, when its MAC is wrong (appended by someone without the
 * key), an entry saying so that keeps what was appended as evidence: a forgery is
 * chained as a failure, never as what it claims to be.
 */
function acceptedContent(row: PendingRow, key: Buffer): ChainedContent {
  const content = chainedContentOf(row);
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
