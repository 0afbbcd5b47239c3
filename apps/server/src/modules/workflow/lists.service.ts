import { AppError, fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { listCounts, listPage } from './lists.repository.ts';
import type { ListName, ListQuery } from './lists.schema.ts';

function personOf(ctx: ServiceContext): string {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  if (!ctx.actor.personId) throw fail.forbidden('没有对应人员的账号没有个人事项');
  return ctx.actor.personId;
}

/** 待办、已办、我发起的、抄送我的、草稿 of the signed-in person. */
export function myList(ctx: ServiceContext, list: ListName, query: ListQuery) {
  return listPage(ctx.trx, list, personOf(ctx), query);
}

/** The badge numbers of the workbench. */
export function myCounts(ctx: ServiceContext) {
  return listCounts(ctx.trx, personOf(ctx));
}
