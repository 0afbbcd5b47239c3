import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { SecurityPolicyTable } from '../../db/tables/identity.ts';
import { defaultSecurityPolicy, type SecurityPolicy } from './security-policy.ts';

/** The policy row's columns, in the order of the table. */
export const securityPolicyColumns = [
  'min_length',
  'max_length',
  'min_char_classes',
  'forbid_username',
  'forbid_common',
  'expiry_days',
  'history_count',
  'lockout_threshold',
  'lockout_window_minutes',
  'lockout_minutes',
  'idle_minutes',
  'admin_idle_minutes',
  'absolute_hours',
  'max_failures_per_hour',
] as const;

/** The policy row as selected (see `securityPolicyColumns`). */
export type SecurityPolicyRow = Pick<
  Selectable<SecurityPolicyTable>,
  (typeof securityPolicyColumns)[number]
>;

/** Reads the policy row; the migration creates it, the defaults only cover a damaged database. */
export async function getSecurityPolicy(db: Executor): Promise<SecurityPolicy> {
  return policyFromRow(await securityPolicyQuery(db).executeTakeFirst());
}

/** The policy row (there is one). */
export function securityPolicyQuery(db: Executor) {
  return db.selectFrom('security_policy').select(securityPolicyColumns).limit(1);
}

/** The policy a row holds (the defaults when there is no row). */
export function policyFromRow(row: SecurityPolicyRow | null | undefined): SecurityPolicy {
  if (!row) return defaultSecurityPolicy;
  return {
    minLength: row.min_length,
    maxLength: row.max_length,
    minCharClasses: row.min_char_classes,
    forbidUsername: row.forbid_username,
    forbidCommon: row.forbid_common,
    expiryDays: row.expiry_days,
    historyCount: row.history_count,
    lockoutThreshold: row.lockout_threshold,
    lockoutWindowMinutes: row.lockout_window_minutes,
    lockoutMinutes: row.lockout_minutes,
    idleMinutes: row.idle_minutes,
    adminIdleMinutes: row.admin_idle_minutes,
    absoluteHours: row.absolute_hours,
    maxFailuresPerHour: row.max_failures_per_hour,
  };
}

/** Locks the policy row for an update, so two editors' old values are exact. */
export async function lockSecurityPolicy(db: Executor): Promise<void> {
  await db.selectFrom('security_policy').select('id').forUpdate().execute();
}

/** Writes the whole policy (the row always exists after migration). */
export async function saveSecurityPolicy(
  db: Executor,
  policy: SecurityPolicy,
  now: Date,
): Promise<void> {
  const values = {
    min_length: policy.minLength,
    max_length: policy.maxLength,
    min_char_classes: policy.minCharClasses,
    forbid_username: policy.forbidUsername,
    forbid_common: policy.forbidCommon,
    expiry_days: policy.expiryDays,
    history_count: policy.historyCount,
    lockout_threshold: policy.lockoutThreshold,
    lockout_window_minutes: policy.lockoutWindowMinutes,
    lockout_minutes: policy.lockoutMinutes,
    idle_minutes: policy.idleMinutes,
    admin_idle_minutes: policy.adminIdleMinutes,
    absolute_hours: policy.absoluteHours,
    max_failures_per_hour: policy.maxFailuresPerHour,
    updated_at: now,
  };
  await db
    .insertInto('security_policy')
    .values({ id: true, ...values })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
    .execute();
}
