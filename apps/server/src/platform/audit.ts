import type { Executor } from '../db/database.ts';

// The audit port: the platform (HTTP hooks, service contexts) and every module
// record through it; modules/audit implements it. Declared here so the
// platform does not depend on the audit module's routes.

/** Who acted and from where, taken from the request. */
export interface AuditActor {
  accountId: string | null;
  username: string;
  name: string;
  ip: string;
  userAgent: string;
  requestId: string;
}

/** What happened: an action on a record, its result and a summary of the change. */
export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result?: 'success' | 'failure';
  errorCode?: string | null;
  summary?: Record<string, unknown>;
}

/** Appends tamper-evident entries; other modules receive this, never the table. */
export interface AuditRecorder {
  /** Records inside the caller's transaction, so the entry commits with the change. */
  record(trx: Executor, actor: AuditActor, event: AuditEvent): Promise<void>;
  /** Records in a transaction of its own (failures, logins, views), chained on return. */
  recordAlone(actor: AuditActor, event: AuditEvent): Promise<void>;
  /**
   * Chains every entry committed before the call into the tamper-evident log. `record`
   * only appends the entry (so audited writes need not commit one at a time); call this
   * after the commit to answer only once the entry is in the chain.
   */
  seal(): Promise<void>;
}
