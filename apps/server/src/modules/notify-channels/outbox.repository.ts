import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkflowNotificationKind } from '../../db/tables/workflow.ts';

/** A due outbox row with what a message needs, locked for this transaction. */
export interface DueDelivery {
  notificationId: string;
  recipientId: string;
  doneChannels: string[];
  attempts: number;
  kind: WorkflowNotificationKind;
  instanceId: string;
  instanceTitle: string;
  taskId: string | null;
  createdAt: Date;
}

/** Claims due rows; rows another server holds are skipped, so each is delivered once. */
export async function claimDue(db: Executor, now: Date, limit: number): Promise<DueDelivery[]> {
  const rows = await db
    .selectFrom('notify_outbox')
    .innerJoin('workflow_notification', 'workflow_notification.id', 'notify_outbox.notification_id')
    .innerJoin('workflow_instance', 'workflow_instance.id', 'workflow_notification.instance_id')
    .select([
      'notify_outbox.notification_id',
      'notify_outbox.recipient_id',
      'notify_outbox.done_channels',
      'notify_outbox.attempts',
      'workflow_notification.kind',
      'workflow_notification.instance_id',
      'workflow_notification.task_id',
      'workflow_notification.created_at',
      'workflow_instance.title',
    ])
    .where('notify_outbox.sent_at', 'is', null)
    .where('notify_outbox.failed_at', 'is', null)
    .where('notify_outbox.next_attempt_at', '<=', now)
    .orderBy('notify_outbox.next_attempt_at')
    .limit(limit)
    .forUpdate('notify_outbox')
    .skipLocked()
    .execute();
  return rows.map((row) => ({
    notificationId: row.notification_id,
    recipientId: row.recipient_id,
    doneChannels: row.done_channels,
    attempts: row.attempts,
    kind: row.kind,
    instanceId: row.instance_id,
    instanceTitle: row.title,
    taskId: row.task_id,
    createdAt: row.created_at,
  }));
}

/** Records an attempt: done when every channel is, else retried at `retryAt` (or given up). */
export async function recordAttempt(
  db: Executor,
  id: string,
  outcome: {
    doneChannels: string[];
    finished: boolean;
    gaveUp: boolean;
    retryAt: Date;
    error: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('notify_outbox')
    .set({
      done_channels: sql<string[]>`${outcome.doneChannels}::text[]`,
      attempts: sql<number>`attempts + 1`,
      next_attempt_at: outcome.retryAt,
      sent_at: outcome.finished ? outcome.now : null,
      failed_at: outcome.gaveUp ? outcome.now : null,
      last_error: outcome.error,
    })
    .where('notification_id', '=', id)
    .execute();
}

/** Where a person can be reached; missing values are simply not used. */
export async function addressOf(db: Executor, personId: string) {
  return db
    .selectFrom('person')
    .select(['email', 'phone', 'employee_no'])
    .where('id', '=', personId)
    .where('status', '=', 'active')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
