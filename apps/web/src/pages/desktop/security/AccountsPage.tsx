import { useCan } from '../../../modules/auth/index.ts';
import { AccountsScreen } from '../../../modules/security/index.ts';

/** 账号管理: the 三员 assignment needs `security.rights`. */
export function AccountsPage() {
  const can = useCan();
  return <AccountsScreen canSetAdminKind={can('security.rights')} />;
}
