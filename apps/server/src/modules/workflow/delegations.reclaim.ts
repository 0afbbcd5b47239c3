import { reclaimDelegation } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { instancesHoldingDelegatedTasks } from './delegations.repository.ts';
import { engineEnv } from './engine.env.ts';
import { commitTransition } from './instances.commit.ts';
import { lockInstance } from './instances.repository.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/**
 * A delegation ended (revoked, replaced, expired): every live task it gave away
 * returns to the delegator, instance by instance under each instance's lock (in
 * id order, so two reclaims never deadlock). The caller holds the delegation's
 * row lock and has already marked it ended.
 */
export async function reclaimTasksOf(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  delegationId: string,
  at: Date,
): Promise<DeliveredNotification[]> {
  const delivered: DeliveredNotification[] = [];
  for (const instanceId of await instancesHoldingDelegatedTasks(ctx.trx, delegationId)) {
    const row = await lockInstance(ctx.trx, instanceId);
    if (!row) continue;
    const loaded = await runtime.definitions.byId(ctx.trx, row.definition_id);
    const { env } = await engineEnv(ctx.trx, runtime, loaded, at);
    const transition = reclaimDelegation(row.state, delegationId, env);
    if (!transition.ok) throw transition.error;
    const written = await commitTransition(ctx, {
      before: row.state,
      revision: row.revision,
      state: transition.value.state,
      effects: transition.value.effects,
      loaded,
      title: row.title,
      now: at,
      delegations: runtime.delegations,
    });
    delivered.push(...written.notifications);
    await ctx.audit({
      action: 'workflow.instance.reclaim',
      targetType: 'workflow_instance',
      targetId: row.id,
      summary: { delegationId },
    });
  }
  return delivered;
}
