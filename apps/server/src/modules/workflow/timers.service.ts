import { fireDueTimers } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { reclaimTasksOf } from './delegations.reclaim.ts';
import {
  endDelegation,
  lockNextExpired,
  nextExpiry,
  type DelegationRow,
} from './delegations.repository.ts';
import { engineEnv } from './engine.env.ts';
import { commitTransition } from './instances.commit.ts';
import { lockInstance, tryLockInstance, type InstanceRow } from './instances.repository.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import { dueTimerInstances, earliestDueOf, markFired } from './timers.repository.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** What one sweep step did: nothing was due (or all due work is held by others), or one event. */
export type SweepStep = { done: true } | { done: false; notifications: DeliveredNotification[] };

/**
 * Handles the earliest due event by `now` (a task timer or a delegation's
 * `until`), at its own logical time, so that work it creates counts from then.
 * `wait`: block on locks held by others (the test clock's synchronous sweep)
 * instead of skipping them (the periodic sweep on many servers).
 */
export async function sweepStep(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  now: Date,
  wait: boolean,
): Promise<SweepStep> {
  const timers = await dueTimerInstances(ctx.trx, now, 20);
  const expiry = await nextExpiry(ctx.trx, now);
  const firstTimer = timers[0]?.dueAt ?? null;
  if (expiry !== null && (firstTimer === null || expiry.getTime() <= firstTimer.getTime())) {
    const delegation = await lockNextExpired(ctx.trx, now, wait);
    if (delegation) return { done: false, notifications: await expire(ctx, runtime, delegation) };
  }
  for (const candidate of timers) {
    const row = wait
      ? await lockInstance(ctx.trx, candidate.instanceId)
      : await tryLockInstance(ctx.trx, candidate.instanceId);
    // Suspended meanwhile: its timers wait for resume, which fires the overdue ones.
    if (!row || row.status === 'suspended') continue;
    const at = await earliestDueOf(ctx.trx, row.id, now);
    if (at === null) continue;
    return { done: false, notifications: await fireInstance(ctx, runtime, row, at) };
  }
  return { done: true };
}

async function expire(ctx: ServiceContext, runtime: WorkflowRuntime, delegation: DelegationRow) {
  const at = delegation.ends_at ?? ctx.now;
  await endDelegation(ctx.trx, delegation.id, at, false);
  await ctx.audit({
    action: 'workflow.delegation.expire',
    targetType: 'workflow_delegation',
    targetId: delegation.id,
    summary: { delegatorId: delegation.delegator_id, until: at.toISOString() },
  });
  return reclaimTasksOf(ctx, runtime, delegation.id, at);
}

/** Fires an instance's timers due by `at` under its lock; each fires once (the engine marks it). */
async function fireInstance(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  row: InstanceRow,
  at: Date,
): Promise<DeliveredNotification[]> {
  if (row.status !== 'running') {
    // Ended (or a draft again after withdraw): its timers have nothing left to do.
    await markFired(ctx.trx, row.id, ctx.now, ctx.now);
    return [];
  }
  await markFired(ctx.trx, row.id, at, ctx.now);
  const loaded = await runtime.definitions.byId(ctx.trx, row.definition_id);
  const { env } = await engineEnv(ctx.trx, runtime, loaded, at);
  const transition = fireDueTimers(row.state, env);
  if (!transition.ok) throw transition.error;
  const { state, effects } = transition.value;
  if (JSON.stringify(state) === JSON.stringify(row.state) && effects.notifications.length === 0) {
    return [];
  }
  const written = await commitTransition(ctx, {
    before: row.state,
    revision: row.revision,
    state,
    effects,
    loaded,
    title: row.title,
    now: at,
    delegations: runtime.delegations,
  });
  await ctx.audit({
    action: 'workflow.instance.timeout',
    targetType: 'workflow_instance',
    targetId: row.id,
    summary: { at: at.toISOString(), from: row.status, status: state.status },
  });
  return written.notifications;
}
