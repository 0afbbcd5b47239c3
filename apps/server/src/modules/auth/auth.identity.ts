import type { CurrentUser, DataScope } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import {
  findPersonProfile,
  findRoleGrantsOfPerson,
  type PersonProfile,
} from './auth.directory.repository.ts';
import { effectivePermissions } from './auth.permissions.ts';
import type { AccountRow } from './auth.repository.ts';
import { passwordExpiresAt, type SecurityPolicy } from './security-policy.ts';

/** Everything known about a signed-in account: for CurrentUser and `Me`. */
export interface AccountIdentity {
  account: AccountRow;
  person: PersonProfile | null;
  permissions: Map<string, DataScope>;
  passwordExpiresAt: Date | null;
  /** An initial, reset or expired password must be changed before anything else. */
  mustChangePassword: boolean;
}

/**
 * Resolves an account's person and rights. Null when the account may not be
 * used: disabled, or its person is disabled or gone.
 */
export async function loadIdentity(
  db: Executor,
  account: AccountRow,
  policy: SecurityPolicy,
  now: Date,
): Promise<AccountIdentity | null> {
  if (account.status !== 'active') return null;
  const person = account.person_id
    ? ((await findPersonProfile(db, account.person_id)) ?? null)
    : null;
  const grants = person && !account.admin_kind ? await findRoleGrantsOfPerson(db, person.id) : [];
  return identityOf(account, person, grants, policy, now);
}

/**
 * The identity from what was read (see `loadIdentity`; the session check reads it all
 * in one statement). Null when the account may not be used.
 */
export function identityOf(
  account: AccountRow,
  person: PersonProfile | null,
  roleGrants: readonly { permission: string; scope: DataScope }[],
  policy: SecurityPolicy,
  now: Date,
): AccountIdentity | null {
  if (account.status !== 'active') return null;
  if (account.person_id && (!person || person.status !== 'active')) return null;
  const grants = person && !account.admin_kind ? roleGrants : [];
  const expiresAt = passwordExpiresAt(account.password_changed_at, policy);
  return {
    account,
    person: account.person_id ? person : null,
    permissions: effectivePermissions(account.admin_kind, grants),
    passwordExpiresAt: expiresAt,
    mustChangePassword: mustChangePasswordNow(account, expiresAt, now),
  };
}

/** Whether the password must be changed at `now` (a cached identity's may expire meanwhile). */
export function mustChangePasswordAt(identity: AccountIdentity, now: Date): boolean {
  return mustChangePasswordNow(identity.account, identity.passwordExpiresAt, now);
}

function mustChangePasswordNow(account: AccountRow, expiresAt: Date | null, now: Date): boolean {
  return (
    account.must_change_password || (expiresAt !== null && expiresAt.getTime() <= now.getTime())
  );
}

/** The CurrentUser every service sees, for one session and request. */
export function toCurrentUser(
  identity: AccountIdentity,
  sessionId: string,
  ip: string,
): CurrentUser {
  const { account, person } = identity;
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    personId: person?.id ?? null,
    departmentId: person?.departmentId ?? null,
    campusId: person?.campusId ?? null,
    adminKind: account.admin_kind,
    permissions: identity.permissions,
    sessionId,
    ip,
  };
}
