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
import type { AuditLogTable, AuditPendingTable } from './tables/audit.ts';
import type { BudgetClaimTable, BudgetTable } from './tables/budget.ts';
import type {
  WorkflowCategoryTable,
  WorkflowCcTable,
  WorkflowDefinitionTable,
  WorkflowDelegationTable,
  WorkflowIdempotencyTable,
  WorkflowInstanceTable,
  WorkflowNotificationTable,
  WorkflowOrgVersionTable,
  WorkflowProcessTable,
  WorkflowTaskTable,
  WorkflowTimerTable,
} from './tables/workflow.ts';
import type { WorkflowProcessRightsTable } from './tables/workflow-design.ts';
import type {
  WorkbenchFavouriteTable,
  WorkbenchPhraseTable,
  WorkbenchRoleLayoutTable,
  WorkbenchUserLayoutTable,
} from './tables/workbench.ts';
import type { FileObjectTable } from './tables/files.ts';
import type { NotifyOutboxTable } from './tables/notify.ts';

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
  audit_pending: AuditPendingTable;
  workflow_category: WorkflowCategoryTable;
  workflow_process: WorkflowProcessTable;
  workflow_definition: WorkflowDefinitionTable;
  workflow_instance: WorkflowInstanceTable;
  workflow_task: WorkflowTaskTable;
  workflow_cc: WorkflowCcTable;
  workflow_notification: WorkflowNotificationTable;
  workflow_delegation: WorkflowDelegationTable;
  workflow_timer: WorkflowTimerTable;
  workflow_idempotency: WorkflowIdempotencyTable;
  workflow_org_version: WorkflowOrgVersionTable;
  workflow_process_rights: WorkflowProcessRightsTable;
  workbench_role_layout: WorkbenchRoleLayoutTable;
  workbench_user_layout: WorkbenchUserLayoutTable;
  workbench_favourite: WorkbenchFavouriteTable;
  workbench_phrase: WorkbenchPhraseTable;
  file_object: FileObjectTable;
  notify_outbox: NotifyOutboxTable;
  budget: BudgetTable;
  budget_claim: BudgetClaimTable;
}
