import type { FavouriteProcess, RecentProcess } from '@yuanwu/contracts';
import { AppError } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  addFavourite,
  favouritesOf,
  processExists,
  recentProcesses,
  removeFavourite,
} from './favourites.repository.ts';
import { actorOf } from './workbench.actor.ts';

/** The workbench shows at most this many recently started processes. */
const recentLimit = 8;

export async function myFavourites(ctx: ServiceContext): Promise<FavouriteProcess[]> {
  const rows = await favouritesOf(ctx.trx, actorOf(ctx).accountId);
  return rows.map((row) => ({ processKey: row.key, name: row.name, category: row.category }));
}

export async function favourite(ctx: ServiceContext, processKey: string): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await processExists(ctx.trx, processKey))) throw new AppError('not_found', '流程不存在');
  const added = await addFavourite(ctx.trx, actor.accountId, processKey, ctx.now);
  await ctx.audit({
    action: 'workbench.favourite.add',
    targetType: 'workflow_process',
    targetId: processKey,
    summary: { added },
  });
}

export async function unfavourite(ctx: ServiceContext, processKey: string): Promise<void> {
  const actor = actorOf(ctx);
  const removed = await removeFavourite(ctx.trx, actor.accountId, processKey, ctx.now);
  await ctx.audit({
    action: 'workbench.favourite.remove',
    targetType: 'workflow_process',
    targetId: processKey,
    summary: { removed },
  });
}

/** Processes I started lately, newest first; none for an account without a person. */
export async function myRecentProcesses(ctx: ServiceContext): Promise<RecentProcess[]> {
  const actor = actorOf(ctx);
  if (!actor.personId) return [];
  const rows = await recentProcesses(ctx.trx, actor.personId, recentLimit);
  return rows.map((row) => ({
    processKey: row.key,
    name: row.name,
    lastStartedAt: new Date(row.last_started_at as Date | string).toISOString(),
  }));
}
