import type { SecurityPolicy } from '@yuanwu/contracts';

// One definition for server and web: the shape and the assessor's defaults live in contracts.
export { defaultSecurityPolicy, type SecurityPolicy } from '@yuanwu/contracts';

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** When a password set at `changedAt` expires, or null when passwords never expire. */
export function passwordExpiresAt(changedAt: Date, policy: SecurityPolicy): Date | null {
  if (policy.expiryDays <= 0) return null;
  return new Date(changedAt.getTime() + policy.expiryDays * dayMs);
}

/** Minutes to milliseconds, so time rules read in the policy's own units. */
export function minutes(count: number): number {
  return count * minuteMs;
}
