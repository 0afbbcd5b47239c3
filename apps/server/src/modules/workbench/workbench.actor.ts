import { AppError } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';

/** The signed-in account (routes are authenticated, so it is always there). */
export function actorOf(ctx: ServiceContext) {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  return ctx.actor;
}
