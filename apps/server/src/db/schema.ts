import type {
  AppSettingTable,
  CampusTable,
  DepartmentTable,
  PersonDepartmentTable,
  PersonTable,
  PositionTable,
  RoleGroupTable,
  RoleMemberTable,
  RolePermissionTable,
  RoleTable,
} from './tables/organisation.ts';
import type {
  AccountTable,
  LoginLogTable,
  PasswordHistoryTable,
  SecurityPolicyTable,
  SessionTable,
} from './tables/identity.ts';
import type { AuditLogTable } from './tables/audit.ts';

/** Every table Kysely may touch, by name. One file per module under tables/. */
export interface Database {
  campus: CampusTable;
  position: PositionTable;
  department: DepartmentTable;
  person: PersonTable;
  person_department: PersonDepartmentTable;
  role_group: RoleGroupTable;
  role: RoleTable;
  role_member: RoleMemberTable;
  role_permission: RolePermissionTable;
  app_setting: AppSettingTable;
  account: AccountTable;
  password_history: PasswordHistoryTable;
  session: SessionTable;
  login_log: LoginLogTable;
  security_policy: SecurityPolicyTable;
  audit_log: AuditLogTable;
}
