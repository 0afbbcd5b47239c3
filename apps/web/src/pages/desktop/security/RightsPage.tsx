import { RightsScreen } from '../../../modules/security/index.ts';

/** 角色授权 (`security.rights`, checked by the route). */
export function RightsPage() {
  return <RightsScreen />;
}
