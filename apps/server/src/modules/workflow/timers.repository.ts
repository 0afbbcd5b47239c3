import type { Executor } from '../../db/database.ts';

/** Instances with a timer due by `now`, earliest first (suspended ones wait for resume). */
export async function dueTimerInstances(
  db: Executor,
  now: Date,
  limit: number,
): Promise<{ instanceId: string; dueAt: Date }[]> {
  const rows = await db
    .selectFrom('workflow_timer')
    .innerJoin('workflow_instance', 'workflow_instance.id', 'workflow_timer.instance_id')
    .select(['workflow_timer.instance_id', 'workflow_timer.due_at'])
    .where('workflow_timer.fired_at', 'is', null)
    .where('workflow_timer.due_at', '<=', now)
    .where('workflow_instance.status', '!=', 'suspended')
    .orderBy('workflow_timer.due_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ instanceId: row.instance_id, dueAt: row.due_at }));
}

/** The earliest unfired due time of one instance (read under its lock). */
export async function earliestDueOf(db: Executor, instanceId: string, now: Date) {
  const row = await db
    .selectFrom('workflow_timer')
    .select('due_at')
    .where('instance_id', '=', instanceId)
    .where('fired_at', 'is', null)
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .limit(1)
    .executeTakeFirst();
  return row?.due_at ?? null;
}

/** Marks an instance's timers due by `upTo` as fired (the caller holds the instance lock). */
export async function markFired(
  db: Executor,
  instanceId: string,
  upTo: Date,
  firedAt: Date,
): Promise<void> {
  await db
    .updateTable('workflow_timer')
    .set({ fired_at: firedAt })
    .where('instance_id', '=', instanceId)
    .where('fired_at', 'is', null)
    .where('due_at', '<=', upTo)
    .execute();
}
