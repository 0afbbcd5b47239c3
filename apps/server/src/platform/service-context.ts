import type { CurrentUser } from '@yuanwu/kernel';
import type { Trx } from '../db/database.ts';
import type { AuditEvent } from './audit.ts';

/**
 * What a service call receives: the open transaction, who is acting, the
 * request's time, and a way to record the audit entry inside the same
 * transaction. Services never see HTTP.
 */
export interface ServiceContext {
  trx: Trx;
  actor: CurrentUser | null;
  now: Date;
  audit(event: AuditEvent): Promise<void>;
}
