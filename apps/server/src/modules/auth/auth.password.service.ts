import { AppError } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  findAccountById,
  recentPasswordHashes,
  rememberPassword,
  updateAccount,
  type AccountRow,
} from './auth.repository.ts';
import type { PasswordHasher } from './password.hashing.ts';
import { passwordProblems } from './password.rules.ts';
import { getSecurityPolicy } from './security-policy.repository.ts';
import type { SecurityPolicy } from './security-policy.ts';
import { endSessionsOfAccount } from './session.repository.ts';

/**
 * Refuses a new password that breaks the policy or repeats one of the last
 * `historyCount` passwords, the current one included (always refused, so a
 * forced change changes something) (SECURITY.md 1–3), with the problems as
 * details on `field`.
 */
export async function assertAcceptablePassword(
  ctx: ServiceContext,
  hasher: PasswordHasher,
  account: AccountRow,
  password: string,
  policy: SecurityPolicy,
  field: string,
): Promise<void> {
  const problems = passwordProblems(password, account.username, policy);
  if (problems.length === 0) {
    const earlier = [
      account.password_hash,
      ...(await recentPasswordHashes(ctx.trx, account.id, policy.historyCount - 1)),
    ];
    for (const storedHash of earlier) {
      if (await hasher.verify(storedHash, password)) {
        problems.push(`不能与最近 ${Math.max(1, policy.historyCount)} 次使用过的密码相同`);
        break;
      }
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      'validation',
      '新密码不符合安全策略',
      problems.map((message) => ({ path: field, message })),
    );
  }
}

/** Sets an account's password, keeping the old one in the history. */
export async function replacePassword(
  ctx: ServiceContext,
  hasher: PasswordHasher,
  account: AccountRow,
  password: string,
  mustChange: boolean,
): Promise<void> {
  await rememberPassword(ctx.trx, account.id, account.password_hash, ctx.now);
  await updateAccount(
    ctx.trx,
    account.id,
    {
      password_hash: await hasher.hash(password),
      password_changed_at: ctx.now,
      must_change_password: mustChange,
    },
    ctx.now,
  );
}

/**
 * The signed-in user changes their own password (also the forced change of
 * an initial, reset or expired one). Ends the account's other sessions.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  hasher: PasswordHasher,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  const account = await findAccountById(ctx.trx, ctx.actor.accountId, { forUpdate: true });
  if (!account) throw new AppError('unauthenticated', '请先登录');
  if (!(await hasher.verify(account.password_hash, input.currentPassword))) {
    throw new AppError('validation', '当前密码不正确', [
      { path: 'currentPassword', message: '当前密码不正确' },
    ]);
  }
  const policy = await getSecurityPolicy(ctx.trx);
  await assertAcceptablePassword(ctx, hasher, account, input.newPassword, policy, 'newPassword');
  await replacePassword(ctx, hasher, account, input.newPassword, false);
  const ended = await endSessionsOfAccount(
    ctx.trx,
    account.id,
    'password_changed',
    ctx.now,
    ctx.actor.sessionId,
  );
  await ctx.audit({
    action: 'auth.password.change',
    targetType: 'account',
    targetId: account.id,
    summary: { username: account.username, otherSessionsEnded: ended },
  });
}
