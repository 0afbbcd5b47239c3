import type { Phrase } from '@yuanwu/contracts';
import { AppError, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  countMine,
  insertPhrase,
  phraseById,
  phrasesFor,
  removePhrase,
} from './phrases.repository.ts';
import { actorOf } from './workbench.actor.ts';

/** Enough for anyone's habits, small enough for a dropdown. */
const maxOwnPhrases = 50;

/** 常用意见: the system's and mine; `mine` tells which ones I may delete. */
export async function myPhrases(ctx: ServiceContext): Promise<Phrase[]> {
  const actor = actorOf(ctx);
  const rows = await phrasesFor(ctx.trx, actor.accountId);
  return rows.map((row) => ({ id: row.id, text: row.text, mine: row.account_id !== null }));
}

export async function addPhrase(ctx: ServiceContext, text: string): Promise<Phrase> {
  const actor = actorOf(ctx);
  const existing = await phrasesFor(ctx.trx, actor.accountId);
  const same = existing.find((row) => row.text === text);
  if (same) return { id: same.id, text: same.text, mine: same.account_id !== null };
  if ((await countMine(ctx.trx, actor.accountId)) >= maxOwnPhrases) {
    throw new AppError('conflict', `常用意见最多 ${maxOwnPhrases} 条，请先删除不用的`);
  }
  const id = newId();
  await insertPhrase(ctx.trx, { id, accountId: actor.accountId, text, at: ctx.now });
  await ctx.audit({
    action: 'workbench.phrase.add',
    targetType: 'workbench_phrase',
    targetId: id,
    summary: { text },
  });
  return { id, text, mine: true };
}

/** Deletes one of my phrases; system phrases and other people's are not mine to delete. */
export async function deletePhrase(ctx: ServiceContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  const phrase = await phraseById(ctx.trx, id);
  if (!phrase || phrase.account_id !== actor.accountId) {
    throw new AppError('not_found', '常用意见不存在');
  }
  await removePhrase(ctx.trx, id, ctx.now);
  await ctx.audit({
    action: 'workbench.phrase.remove',
    targetType: 'workbench_phrase',
    targetId: id,
    summary: { text: phrase.text },
  });
}
