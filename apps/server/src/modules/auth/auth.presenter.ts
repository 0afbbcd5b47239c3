import type { AdminKind } from '@yuanwu/kernel';
import type { AccountIdentity } from './auth.identity.ts';

/** The signed-in user as the web app sees it (docs/api-v1.md). */
export interface Me {
  accountId: string;
  username: string;
  displayName: string;
  adminKind: AdminKind | null;
  person: {
    id: string;
    employeeNo: string;
    name: string;
    departmentId: string;
    departmentName: string;
    positionName: string | null;
  } | null;
  permissions: string[];
  passwordExpiresAt: string | null;
}

/** Maps an identity to `Me`. */
export function presentMe(identity: AccountIdentity): Me {
  const { account, person } = identity;
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    adminKind: account.admin_kind,
    person: person && {
      id: person.id,
      employeeNo: person.employeeNo,
      name: person.name,
      departmentId: person.departmentId,
      departmentName: person.departmentName,
      positionName: person.positionName,
    },
    permissions: [...identity.permissions.keys()].sort(),
    passwordExpiresAt: identity.passwordExpiresAt?.toISOString() ?? null,
  };
}

/** The body of `POST /auth/login` and `GET /auth/session`. */
export function presentSession(identity: AccountIdentity, csrfToken: string) {
  return {
    me: presentMe(identity),
    csrfToken,
    mustChangePassword: identity.mustChangePassword,
  };
}
