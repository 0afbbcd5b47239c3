import type { ServiceContext } from '../../platform/service-context.ts';
import {
  getSecurityPolicy,
  lockSecurityPolicy,
  saveSecurityPolicy,
} from './security-policy.repository.ts';
import type { SecurityPolicy } from './security-policy.ts';

/** The policy in force. */
export function readSecurityPolicy(ctx: ServiceContext): Promise<SecurityPolicy> {
  return getSecurityPolicy(ctx.trx);
}

/**
 * Replaces the policy; the audit entry carries the old and new value of
 * every setting that changed (SECURITY.md 15). New limits apply to sessions
 * started from now on.
 */
export async function updateSecurityPolicy(
  ctx: ServiceContext,
  next: SecurityPolicy,
): Promise<SecurityPolicy> {
  await lockSecurityPolicy(ctx.trx);
  const previous = await getSecurityPolicy(ctx.trx);
  const old: Partial<Record<keyof SecurityPolicy, unknown>> = {};
  const changed: Partial<Record<keyof SecurityPolicy, unknown>> = {};
  for (const key of Object.keys(next) as (keyof SecurityPolicy)[]) {
    if (previous[key] !== next[key]) {
      old[key] = previous[key];
      changed[key] = next[key];
    }
  }
  await saveSecurityPolicy(ctx.trx, next, ctx.now);
  await ctx.audit({
    action: 'security.policy.update',
    targetType: 'security_policy',
    targetId: 'default',
    summary: { old, new: changed },
  });
  return next;
}
