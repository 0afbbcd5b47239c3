import { useCan } from '../../../modules/auth/index.ts';
import { DepartmentsScreen } from '../../../modules/org/index.ts';

/** 组织架构: managing needs `org.manage`, reading `org.read` (checked by the route). */
export function DepartmentsPage() {
  const can = useCan();
  return <DepartmentsScreen canManage={can('org.manage')} />;
}
