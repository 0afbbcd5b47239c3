import { useCan } from '../../../modules/auth/index.ts';
import { PeopleScreen } from '../../../modules/org/index.ts';

/** 人员管理: editing needs `org.manage`. */
export function PeoplePage() {
  const can = useCan();
  return <PeopleScreen canManage={can('org.manage')} />;
}
