import { newId, type AdminKind } from '@yuanwu/kernel';
import type { Db } from '../../src/db/database.ts';
import { hashPassword, testHashCost } from '../../src/modules/auth/index.ts';

/** An account a test can sign in with. */
export interface TestAccount {
  id: string;
  username: string;
  password: string;
}

/**
 * Writes an account straight into the database (fast: the cheap test hash
 * cost), so any test can log in through HTTP with `client.login(...)`.
 */
export async function createAccount(
  db: Db,
  options: {
    username: string;
    password: string;
    adminKind?: AdminKind | null;
    personId?: string | null;
    mustChangePassword?: boolean;
    displayName?: string;
    status?: 'active' | 'disabled';
    /** When the password was set (default: now); move it back to test expiry. */
    passwordChangedAt?: Date;
  },
): Promise<TestAccount> {
  const id = newId();
  await db
    .insertInto('account')
    .values({
      id,
      username: options.username,
      display_name: options.displayName ?? options.username,
      person_id: options.personId ?? null,
      admin_kind: options.adminKind ?? null,
      status: options.status ?? 'active',
      password_hash: await hashPassword(options.password, testHashCost),
      password_changed_at: options.passwordChangedAt ?? new Date(),
      must_change_password: options.mustChangePassword ?? false,
      first_failed_at: null,
      locked_until: null,
      last_login_at: null,
    })
    .execute();
  return { id, username: options.username, password: options.password };
}

/** The three administrators (三员), each with its own password. */
export async function createAdministrators(db: Db) {
  return {
    system: await createAccount(db, {
      username: 'sysadmin',
      password: 'Sys-Admin#2026',
      adminKind: 'system',
    }),
    security: await createAccount(db, {
      username: 'secadmin',
      password: 'Sec-Admin#2026',
      adminKind: 'security',
    }),
    audit: await createAccount(db, {
      username: 'auditadmin',
      password: 'Audit-Admin#2026',
      adminKind: 'audit',
    }),
  };
}
