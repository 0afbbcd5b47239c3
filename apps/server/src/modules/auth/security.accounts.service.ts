import { AppError, fail, isUuid, type AdminKind } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { departmentNamesOfPeople } from './auth.directory.repository.ts';
import { replacePassword } from './auth.password.service.ts';
import { findAccountById, updateAccount, type AccountRow } from './auth.repository.ts';
import { temporaryPassword, type PasswordHasher } from './password.hashing.ts';
import { passwordProblems } from './password.rules.ts';
import { getSecurityPolicy } from './security-policy.repository.ts';
import { listAccounts, type AccountFilter } from './security.repository.ts';
import { endSessionsOfAccount } from './session.repository.ts';

/** A page of accounts with their people's department names. */
export async function accountPage(ctx: ServiceContext, filter: Omit<AccountFilter, 'now'>) {
  const { rows, total } = await listAccounts(ctx.trx, { ...filter, now: ctx.now });
  const personIds = rows.flatMap((row) => (row.person_id ? [row.person_id] : []));
  const departments = await departmentNamesOfPeople(ctx.trx, personIds);
  return { rows, total, departments };
}

async function accountOrNotFound(ctx: ServiceContext, id: string): Promise<AccountRow> {
  const account = isUuid(id) ? await findAccountById(ctx.trx, id, { forUpdate: true }) : undefined;
  if (!account) throw fail.notFound('账号');
  return account;
}

/** Lifts a lockout before it runs out (解锁). */
export async function unlockAccount(ctx: ServiceContext, id: string): Promise<void> {
  const account = await accountOrNotFound(ctx, id);
  await updateAccount(
    ctx.trx,
    id,
    { locked_until: null, failed_count: 0, first_failed_at: null },
    ctx.now,
  );
  await ctx.audit({
    action: 'security.account.unlock',
    targetType: 'account',
    targetId: id,
    summary: {
      username: account.username,
      lockedUntil: account.locked_until?.toISOString() ?? null,
    },
  });
}

/**
 * Gives the account a random temporary password that must be changed at the
 * next login, lifts any lock and ends its sessions. Administrator accounts
 * are refused: the security administrator would otherwise learn a password
 * that lets it act as the system or audit administrator (三员分立).
 */
export async function resetAccountPassword(
  ctx: ServiceContext,
  hasher: PasswordHasher,
  id: string,
): Promise<string> {
  const account = await accountOrNotFound(ctx, id);
  if (account.admin_kind) throw fail.forbidden('管理员账号的密码不能由安全管理员重置');
  const policy = await getSecurityPolicy(ctx.trx);
  const length = Math.min(policy.maxLength, Math.max(policy.minLength, 16));
  let password = temporaryPassword(length);
  while (passwordProblems(password, account.username, policy).length > 0) {
    password = temporaryPassword(length);
  }
  await replacePassword(ctx, hasher, account, password, true);
  await updateAccount(
    ctx.trx,
    id,
    { locked_until: null, failed_count: 0, first_failed_at: null },
    ctx.now,
  );
  const ended = await endSessionsOfAccount(ctx.trx, id, 'password_reset', ctx.now);
  await ctx.audit({
    action: 'security.account.reset_password',
    targetType: 'account',
    targetId: id,
    summary: { username: account.username, sessionsEnded: ended },
  });
  return password;
}

/**
 * Makes the account one of the three administrators, or none (三员分立):
 * an account holding one kind cannot be given another (409), and nobody
 * changes their own kind. The account's sessions end so its rights and
 * idle limit are those of the new kind from its next login.
 */
export async function setAdminKind(
  ctx: ServiceContext,
  id: string,
  adminKind: AdminKind | null,
): Promise<{ account: AccountRow; departmentName: string | null }> {
  const account = await accountOrNotFound(ctx, id);
  if (ctx.actor?.accountId === id) throw fail.forbidden('不能更改自己的管理员类型');
  if (account.admin_kind && adminKind && account.admin_kind !== adminKind) {
    throw new AppError('conflict', '该账号已是另一类管理员，三员不能由同一账号兼任');
  }
  if (account.admin_kind !== adminKind) {
    await updateAccount(ctx.trx, id, { admin_kind: adminKind }, ctx.now);
    await endSessionsOfAccount(ctx.trx, id, 'rights_changed', ctx.now);
  }
  await ctx.audit({
    action: 'security.account.admin_kind',
    targetType: 'account',
    targetId: id,
    summary: { username: account.username, old: account.admin_kind, new: adminKind },
  });
  const departments = await departmentNamesOfPeople(
    ctx.trx,
    account.person_id ? [account.person_id] : [],
  );
  return {
    account: { ...account, admin_kind: adminKind },
    departmentName: (account.person_id && departments.get(account.person_id)) || null,
  };
}
