import { AppError } from '@yuanwu/kernel';
import type { Trx } from '../../db/database.ts';
import type { AuditEvent } from '../audit/index.ts';
import { loadIdentity, type AccountIdentity } from './auth.identity.ts';
import { findAccountByUsername, updateAccount, type AccountRow } from './auth.repository.ts';
import { lockedError, registerFailedPassword } from './auth.lockout.ts';
import type { PasswordHasher } from './password.hashing.ts';
import { getSecurityPolicy } from './security-policy.repository.ts';
import { minutes, type SecurityPolicy } from './security-policy.ts';
import {
  countRecentFailures,
  endSession,
  insertLoginLog,
  insertSession,
} from './session.repository.ts';
import { newCsrfToken, newSessionToken, sessionIdOf } from './session.tokens.ts';

/** One sign-in attempt as the HTTP layer saw it. */
export interface LoginAttempt {
  username: string;
  password: string;
  ip: string;
  userAgent: string;
  /** The session the client presented, ended so every login gets a new id. */
  presentedSessionId: string | null;
}

/** What the login needs: its transaction, time, hasher, and an audit that names the account. */
export interface LoginContext {
  trx: Trx;
  now: Date;
  hasher: PasswordHasher;
  timeZone: string;
  audit(account: AccountRow | null, event: AuditEvent): Promise<void>;
}

/** A new session, or the refusal; refusals are values so their log rows commit. */
export type LoginOutcome =
  | { ok: true; token: string; csrfToken: string; identity: AccountIdentity }
  | { ok: false; error: AppError };

const wrongCredentials = () => new AppError('unauthenticated', '用户名或密码错误');

/**
 * Password login (SECURITY.md 4–5, 8, 10, 17): per-hour failure limits first,
 * then the lock, then the password; every attempt is logged and audited.
 */
export async function login(ctx: LoginContext, attempt: LoginAttempt): Promise<LoginOutcome> {
  const { trx, now } = ctx;
  const policy = await getSecurityPolicy(trx);
  const username = attempt.username.trim();
  const account = (await findAccountByUsername(trx, username, { forUpdate: true })) ?? null;
  const refuse = async (reason: string, error: AppError): Promise<LoginOutcome> => {
    await insertLoginLog(trx, {
      at: now,
      account_id: account?.id ?? null,
      username: account?.username ?? username.slice(0, 150),
      ip: attempt.ip,
      user_agent: attempt.userAgent.slice(0, 500),
      success: false,
      reason,
    });
    await ctx.audit(account, {
      action: 'auth.login',
      targetType: account ? 'account' : null,
      targetId: account?.id ?? null,
      result: 'failure',
      errorCode: error.code,
      summary: { username: username.slice(0, 150), reason },
    });
    return { ok: false, error };
  };

  const failures = await countRecentFailures(
    trx,
    username,
    attempt.ip,
    new Date(now.getTime() - minutes(60)),
  );
  if (
    failures.byAccount >= policy.maxFailuresPerHour ||
    failures.byIp >= policy.maxFailuresPerHour
  ) {
    return refuse('rate_limited', new AppError('rate_limited', '登录失败次数过多，请一小时后再试'));
  }
  if (!account) {
    await ctx.hasher.spendVerifyTime(attempt.password);
    return refuse('unknown_user', wrongCredentials());
  }
  if (account.locked_until && account.locked_until.getTime() > now.getTime()) {
    return refuse('locked', lockedError(account.locked_until, ctx.timeZone));
  }
  if (!(await ctx.hasher.verify(account.password_hash, attempt.password))) {
    const lockedUntil = await registerFailedPassword(trx, account, policy, now);
    if (!lockedUntil) return refuse('wrong_password', wrongCredentials());
    const outcome = await refuse('wrong_password_locked', lockedError(lockedUntil, ctx.timeZone));
    await ctx.audit(account, {
      action: 'auth.lock',
      targetType: 'account',
      targetId: account.id,
      summary: { username: account.username, lockedUntil: lockedUntil.toISOString() },
    });
    return outcome;
  }
  const identity = await loadIdentity(trx, account, policy, now);
  if (!identity)
    return refuse('disabled', new AppError('unauthenticated', '账号已停用，请联系管理员'));
  return startSession(ctx, attempt, identity, policy);
}

async function startSession(
  ctx: LoginContext,
  attempt: LoginAttempt,
  identity: AccountIdentity,
  policy: SecurityPolicy,
): Promise<LoginOutcome> {
  const { trx, now } = ctx;
  const { account } = identity;
  const rehashed = ctx.hasher.needsRehash(account.password_hash)
    ? { password_hash: await ctx.hasher.hash(attempt.password) }
    : {};
  await updateAccount(
    trx,
    account.id,
    { ...rehashed, failed_count: 0, first_failed_at: null, locked_until: null, last_login_at: now },
    now,
  );
  if (attempt.presentedSessionId) {
    await endSession(trx, attempt.presentedSessionId, 'replaced', now);
  }
  const token = newSessionToken();
  const csrfToken = newCsrfToken();
  const idleMinutes = account.admin_kind ? policy.adminIdleMinutes : policy.idleMinutes;
  await insertSession(trx, {
    id: sessionIdOf(token),
    account_id: account.id,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    idle_timeout_seconds: idleMinutes * 60,
    expires_at: new Date(now.getTime() + minutes(policy.absoluteHours * 60)),
    ip: attempt.ip,
    user_agent: attempt.userAgent.slice(0, 500),
    ended_at: null,
    end_reason: null,
  });
  await insertLoginLog(trx, {
    at: now,
    account_id: account.id,
    username: account.username,
    ip: attempt.ip,
    user_agent: attempt.userAgent.slice(0, 500),
    success: true,
    reason: '',
  });
  await ctx.audit(account, {
    action: 'auth.login',
    targetType: 'account',
    targetId: account.id,
    summary: { username: account.username, mustChangePassword: identity.mustChangePassword },
  });
  return { ok: true, token, csrfToken, identity };
}
