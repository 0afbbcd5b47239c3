import { newId, type AdminKind } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { peopleWithoutAccount } from './auth.directory.repository.ts';
import { insertAccounts, type NewAccountRow } from './auth.repository.ts';
import { hashPassword, productionHashCost, type PasswordHashCost } from './password.hashing.ts';

/** The three administrators every installation starts with (三员). */
export const demoAdministrators: readonly { username: string; name: string; kind: AdminKind }[] = [
  { username: 'sysadmin', name: '系统管理员', kind: 'system' },
  { username: 'secadmin', name: '安全管理员', kind: 'security' },
  { username: 'auditadmin', name: '审计管理员', kind: 'audit' },
];

const batchSize = 500;

/**
 * Gives every person without an account one (username = employee number)
 * and creates the three administrators, all with the demo password, which
 * must be changed at first login (SECURITY.md 6). The password is hashed
 * once: there are thousands of people. Existing accounts are left alone.
 */
export async function seedDemoAccounts(
  trx: Executor,
  options: { password: string; now: Date; cost?: PasswordHashCost },
): Promise<{ created: number }> {
  const { now } = options;
  const passwordHash = await hashPassword(options.password, options.cost ?? productionHashCost);
  const row = (fields: Pick<NewAccountRow, 'username' | 'display_name'>): NewAccountRow => ({
    id: newId(),
    person_id: null,
    admin_kind: null,
    password_hash: passwordHash,
    password_changed_at: now,
    must_change_password: true,
    first_failed_at: null,
    locked_until: null,
    last_login_at: null,
    created_at: now,
    updated_at: now,
    ...fields,
  });
  const rows: NewAccountRow[] = demoAdministrators.map((admin) => ({
    ...row({ username: admin.username, display_name: admin.name }),
    admin_kind: admin.kind,
  }));
  for (const person of await peopleWithoutAccount(trx)) {
    rows.push({
      ...row({ username: person.employeeNo, display_name: person.name }),
      person_id: person.id,
      status: person.status,
    });
  }
  let created = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    created += await insertAccounts(trx, rows.slice(start, start + batchSize));
  }
  return { created };
}
