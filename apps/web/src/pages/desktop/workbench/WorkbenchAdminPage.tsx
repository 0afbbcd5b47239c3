import { RoleLayoutsScreen } from '../../../modules/workbench/index.ts';

/** 工作台配置 (`workbench.configure`): widgets per role. */
export function WorkbenchAdminPage() {
  return <RoleLayoutsScreen />;
}
