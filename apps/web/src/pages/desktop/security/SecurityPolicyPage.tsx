import { SecurityPolicyScreen } from '../../../modules/security/index.ts';

/** 安全策略 (`security.policy`, checked by the route). */
export function SecurityPolicyPage() {
  return <SecurityPolicyScreen />;
}
