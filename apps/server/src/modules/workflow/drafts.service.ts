import { AppError, fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { lockInstance, softDeleteInstance } from './instances.repository.ts';

/** 删除草稿: only its initiator, only while it is a draft; the row is kept (soft delete). */
export async function discardDraft(ctx: ServiceContext, id: string): Promise<void> {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  const row = await lockInstance(ctx.trx, id);
  if (!row) throw fail.notFound('流程实例');
  if (row.state.initiator.id !== ctx.actor.personId) throw fail.forbidden('草稿仅发起人可见');
  if (row.state.status !== 'draft') throw fail.conflict('只有草稿可以删除');
  await softDeleteInstance(ctx.trx, id, ctx.now);
  await ctx.audit({
    action: 'workflow.instance.discard',
    targetType: 'workflow_instance',
    targetId: id,
    summary: { processKey: row.process_key, title: row.title },
  });
}
