import { useCan } from '../../../modules/auth/index.ts';
import { RolesScreen } from '../../../modules/org/index.ts';

/** 角色管理: members are managed with `role.manage`. */
export function RolesPage() {
  const can = useCan();
  return <RolesScreen canManage={can('role.manage')} />;
}
