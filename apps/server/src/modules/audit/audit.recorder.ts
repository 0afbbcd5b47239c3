import { newId, type Clock } from '@yuanwu/kernel';
import type { Db, Executor } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { columnsOf, entryMac } from './audit.chain.ts';
import type { AuditActor, AuditEvent, AuditRecorder } from '../../platform/audit.ts';
import { insertPendingRow } from './audit.repository.ts';
import { createSealQueue } from './audit.seal-queue.ts';
import { sealPending } from './audit.sealer.ts';

/**
 * The recorder: each entry is appended, with a MAC over the entry, in the caller's
 * transaction; `seal` then chains it with HMAC-SM3 into `audit_log` (audit.sealer.ts).
 */
export function createAuditRecorder(db: Db, key: Buffer, clock: Clock): AuditRecorder {
  const record = async (trx: Executor, actor: AuditActor, event: AuditEvent) => {
    const content = {
      id: newId(),
      at: clock.now(),
      actorAccountId: actor.accountId,
      actorUsername: actor.username,
      actorName: actor.name,
      ip: actor.ip,
      userAgent: actor.userAgent.slice(0, 500),
      requestId: actor.requestId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      result: event.result ?? 'success',
      errorCode: event.errorCode ?? null,
      summary: event.summary ?? {},
    };
    await insertPendingRow(trx, { ...columnsOf(content), mac: entryMac(key, content) });
  };
  const seal = createSealQueue(() => sealPending(db, key));
  return {
    record,
    recordAlone: async (actor, event) => {
      await inTransaction(db, (trx) => record(trx, actor, event));
      await seal();
    },
    seal,
  };
}
