import { AppError } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { updateAccount, type AccountRow } from './auth.repository.ts';
import { minutes, type SecurityPolicy } from './security-policy.ts';

/**
 * Counts a wrong password against the account (SECURITY.md 4): failures
 * within the window add up; reaching the threshold locks the account and
 * starts a new count. Returns the lock's end when this failure locked it.
 * The caller holds the account row locked.
 */
export async function registerFailedPassword(
  db: Executor,
  account: AccountRow,
  policy: SecurityPolicy,
  now: Date,
): Promise<Date | null> {
  const windowStart = now.getTime() - minutes(policy.lockoutWindowMinutes);
  const inWindow =
    account.first_failed_at !== null && account.first_failed_at.getTime() > windowStart;
  const failedCount = inWindow ? account.failed_count + 1 : 1;
  if (failedCount >= policy.lockoutThreshold) {
    const lockedUntil = new Date(now.getTime() + minutes(policy.lockoutMinutes));
    await updateAccount(
      db,
      account.id,
      { failed_count: 0, first_failed_at: null, locked_until: lockedUntil },
      now,
    );
    return lockedUntil;
  }
  await updateAccount(
    db,
    account.id,
    { failed_count: failedCount, first_failed_at: inWindow ? account.first_failed_at : now },
    now,
  );
  return null;
}

/** The refusal while locked, saying until when in the hospital's time zone. */
export function lockedError(until: Date, timeZone: string): AppError {
  const when = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(until);
  return new AppError('account_locked', `账号因多次密码错误已被锁定，请于 ${when} 后再试`);
}
