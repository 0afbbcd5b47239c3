import { AppError, fail, newId, type CurrentUser } from '@yuanwu/kernel';
import { addIsoDuration, parseDuration } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { DelegateInput } from './delegations.schema.ts';
import { reclaimTasksOf } from './delegations.reclaim.ts';
import {
  delegationsOf,
  endDelegation,
  insertDelegation,
  lockLiveDelegationOf,
  type DelegationRow,
} from './delegations.repository.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

function person(ctx: ServiceContext): { user: CurrentUser; personId: string } {
  const user = ctx.actor;
  if (!user) throw new AppError('unauthenticated', '请先登录');
  if (!user.personId) throw fail.forbidden('没有对应人员的账号不能设置代理');
  return { user, personId: user.personId };
}

/** An ISO 8601 datetime, or a duration counted from now. */
function instant(text: string, now: Date, path: string): Date {
  if (parseDuration(text)) return addIsoDuration(now, text);
  const time = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(text)
    ? Date.parse(text)
    : NaN;
  if (Number.isNaN(time)) {
    throw fail.validation('时间格式不正确', [
      { path, message: '请填写带时区的 ISO 8601 时间，或 ISO 8601 时长（如 P7D）' },
    ]);
  }
  return new Date(time);
}

/** Ends my live delegation, if any, and brings back the tasks it gave away. */
async function endMine(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  live: DelegationRow,
): Promise<DeliveredNotification[]> {
  await endDelegation(ctx.trx, live.id, ctx.now, true);
  return reclaimTasksOf(ctx, runtime, live.id, ctx.now);
}

/**
 * 授权代理: while active, new tasks that would be mine go to `to`, with me as
 * `onBehalfOf`. A new delegation replaces (ends) my earlier one.
 */
export async function delegate(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  input: DelegateInput,
): Promise<{ delegation: DelegationRow; notifications: DeliveredNotification[] }> {
  const { personId } = person(ctx);
  const directory = await runtime.directory.current(ctx.trx);
  if (input.to === personId) {
    throw fail.validation('不能委托给自己', [{ path: 'to', message: '请选择其他人员' }]);
  }
  if (!directory.personExists(input.to)) {
    throw fail.validation('代理人不存在', [{ path: 'to', message: '请选择在职人员' }]);
  }
  const startsAt = input.from === undefined ? ctx.now : instant(input.from, ctx.now, 'from');
  const endsAt = input.until === undefined ? null : instant(input.until, ctx.now, 'until');
  if (endsAt !== null && endsAt.getTime() <= startsAt.getTime()) {
    throw fail.validation('结束时间必须晚于开始时间', [{ path: 'until', message: '结束时间过早' }]);
  }
  const live = await lockLiveDelegationOf(ctx.trx, personId);
  const notifications = live ? await endMine(ctx, runtime, live) : [];
  const delegation = {
    id: newId(),
    delegator_id: personId,
    delegate_id: input.to,
    process_keys: input.processKeys && input.processKeys.length > 0 ? input.processKeys : null,
    starts_at: startsAt,
    ends_at: endsAt,
    created_at: ctx.now,
  };
  await insertDelegation(ctx.trx, delegation);
  await ctx.audit({
    action: 'workflow.delegation.create',
    targetType: 'workflow_delegation',
    targetId: delegation.id,
    summary: { to: input.to, processKeys: delegation.process_keys, replaced: live?.id ?? null },
  });
  return {
    delegation: { ...delegation, revoked_at: null, ended_at: null },
    notifications,
  };
}

/** Ends my delegation now; open tasks it gave away come back to me. */
export async function revokeDelegation(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
): Promise<{ delegation: DelegationRow; notifications: DeliveredNotification[] }> {
  const { personId } = person(ctx);
  const live = await lockLiveDelegationOf(ctx.trx, personId);
  // Not active: none, not started yet (`from` ahead), or past its `until` (the sweep
  // gives those tasks back). A scheduled one is replaced by delegating again.
  const now = ctx.now.getTime();
  const active =
    live !== undefined &&
    live.starts_at.getTime() <= now &&
    (live.ends_at === null || now < live.ends_at.getTime());
  if (!live || !active) {
    throw fail.conflict('当前没有生效的代理');
  }
  const notifications = await endMine(ctx, runtime, live);
  await ctx.audit({
    action: 'workflow.delegation.revoke',
    targetType: 'workflow_delegation',
    targetId: live.id,
    summary: { to: live.delegate_id },
  });
  return { delegation: { ...live, revoked_at: ctx.now, ended_at: ctx.now }, notifications };
}

/** Delegations I gave or received, newest first. */
export async function myDelegations(ctx: ServiceContext): Promise<DelegationRow[]> {
  const { personId } = person(ctx);
  return delegationsOf(ctx.trx, personId);
}
