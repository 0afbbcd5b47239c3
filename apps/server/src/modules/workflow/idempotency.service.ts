import { AppError, fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { Executor } from '../../db/database.ts';
import {
  claimKey,
  forgetKeysBefore,
  storeResponse,
  storedResponse,
} from './idempotency.repository.ts';

/** A response as it was (or will be) sent. */
export interface StoredResponse<T> {
  status: number;
  body: T;
  /** True when this is the stored answer of an earlier request with the same id. */
  replayed: boolean;
}

const keyPattern = /^[\w.:-]{1,200}$/;

/**
 * Runs `work` at most once per request id and account (the `Idempotency-Key`
 * header or `requestId`): a retried request gets the first answer and does not
 * act twice. The id is claimed and the answer stored in the action's own
 * transaction, so a failed action leaves nothing and may simply be retried.
 */
export async function once<T>(
  ctx: ServiceContext,
  request: { key: string | null; route: string; status: number },
  work: () => Promise<T>,
): Promise<StoredResponse<T>> {
  const { key, route, status } = request;
  if (key === null || !ctx.actor) return { status, body: await work(), replayed: false };
  if (!keyPattern.test(key)) {
    throw fail.validation('请求编号格式不正确', [
      { path: 'Idempotency-Key', message: '1–200 个字母、数字或 . _ : -' },
    ]);
  }
  const accountId = ctx.actor.accountId;
  if (!(await claimKey(ctx.trx, accountId, key, route))) {
    const stored = await storedResponse(ctx.trx, accountId, key);
    if (!stored || stored.status === null) throw new AppError('conflict', '相同请求正在处理');
    if (stored.route !== route) {
      throw fail.validation('请求编号已用于另一个操作', [
        { path: 'Idempotency-Key', message: '请为每个操作使用新的请求编号' },
      ]);
    }
    return { status: stored.status, body: stored.body as T, replayed: true };
  }
  const body = await work();
  await storeResponse(ctx.trx, accountId, key, { status, body });
  return { status, body, replayed: false };
}

/** Drops request ids older than a day: long past any client's retry. */
export async function forgetIdempotencyKeys(db: Executor, now: Date): Promise<void> {
  await forgetKeysBefore(db, new Date(now.getTime() - 24 * 3_600_000));
}
