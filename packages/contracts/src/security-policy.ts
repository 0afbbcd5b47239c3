/**
 * The security policy (SECURITY.md 1–5, 9): one row in the database that the
 * security administrator edits. These are the defaults an assessor expects.
 */
export interface SecurityPolicy {
  minLength: number;
  maxLength: number;
  /** Of upper case, lower case, digits and symbols. */
  minCharClasses: number;
  forbidUsername: boolean;
  forbidCommon: boolean;
  /** 0: passwords never expire. */
  expiryDays: number;
  /** How many recent passwords, the current one included, cannot be reused. */
  historyCount: number;
  lockoutThreshold: number;
  lockoutWindowMinutes: number;
  lockoutMinutes: number;
  idleMinutes: number;
  /** Idle limit for the three administrators (三员). */
  adminIdleMinutes: number;
  absoluteHours: number;
  /** Failed logins an hour per account or per IP before 429. */
  maxFailuresPerHour: number;
}

export const defaultSecurityPolicy: SecurityPolicy = {
  minLength: 8,
  maxLength: 64,
  minCharClasses: 3,
  forbidUsername: true,
  forbidCommon: true,
  expiryDays: 90,
  historyCount: 5,
  lockoutThreshold: 5,
  lockoutWindowMinutes: 15,
  lockoutMinutes: 30,
  idleMinutes: 30,
  adminIdleMinutes: 15,
  absoluteHours: 12,
  maxFailuresPerHour: 100,
};
