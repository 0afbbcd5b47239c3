import { AppError, type CurrentUser } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { loadIdentity, type AccountIdentity } from './auth.identity.ts';
import { findAccountById } from './auth.repository.ts';
import { getSecurityPolicy } from './security-policy.repository.ts';
import { endSession } from './session.repository.ts';

/** The full identity of the signed-in user, for `GET /auth/session`. */
export async function currentIdentity(
  db: Executor,
  user: CurrentUser,
  now: Date,
): Promise<AccountIdentity> {
  const account = await findAccountById(db, user.accountId);
  const identity = account
    ? await loadIdentity(db, account, await getSecurityPolicy(db), now)
    : null;
  if (!identity) throw new AppError('unauthenticated', '请先登录');
  return identity;
}

/** Ends the caller's session. */
export async function logout(ctx: ServiceContext): Promise<void> {
  if (!ctx.actor) return;
  await endSession(ctx.trx, ctx.actor.sessionId, 'logout', ctx.now);
  await ctx.audit({
    action: 'auth.logout',
    targetType: 'account',
    targetId: ctx.actor.accountId,
    summary: { username: ctx.actor.username },
  });
}
