import type { AdminKind } from '@yuanwu/kernel';

/** The signed-in user (docs/api-v1.md `Me`). */
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

/** The body of `POST /auth/login` and `GET /auth/session`. */
export interface SessionBody {
  me: Me;
  csrfToken: string;
  mustChangePassword: boolean;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}
