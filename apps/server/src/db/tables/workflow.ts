import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string (pg would turn arrays into SQL arrays). */
type Json = ColumnType<unknown, string, string>;

export interface WorkflowCategoryTable {
  id: string;
  name: string;
  colour: Generated<string>;
  sort: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface WorkflowProcessTable {
  key: string;
  name: string;
  category_id: string | null;
  current_version: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface WorkflowDefinitionTable {
  id: string;
  process_key: string;
  version: number;
  definition: Json;
  created_at: CreatedAt;
  created_by: string | null;
}

export type WorkflowInstanceStatus =
  'draft' | 'running' | 'suspended' | 'completed' | 'rejected' | 'withdrawn' | 'terminated';

export interface WorkflowInstanceTable {
  id: string;
  process_key: string;
  definition_id: string;
  version: number;
  title: string;
  initiator_id: string;
  department_id: string | null;
  status: WorkflowInstanceStatus;
  state: Json;
  revision: Generated<number>;
  created_at: Date;
  submitted_at: Date | null;
  ended_at: Date | null;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface WorkflowTaskTable {
  id: string;
  instance_id: string;
  node_id: string;
  node_name: string;
  assignee_id: string;
  on_behalf_of: string | null;
  delegation_id: string | null;
  kind: string;
  state: string;
  created_at: Date;
  due_at: Date | null;
  closed_at: Date | null;
  closed_by: string | null;
}

export interface WorkflowCcTable {
  id: string;
  instance_id: string;
  node_id: string;
  person_id: string;
  state: 'unread' | 'read';
  created_at: Date;
  read_at: Date | null;
}

export type WorkflowNotificationKind = 'task' | 'cc' | 'urge' | 'timeout' | 'result';

export interface WorkflowNotificationTable {
  id: string;
  recipient_id: string;
  kind: WorkflowNotificationKind;
  instance_id: string;
  task_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface WorkflowDelegationTable {
  id: string;
  delegator_id: string;
  delegate_id: string;
  process_keys: string[] | null;
  starts_at: Date;
  ends_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  ended_at: Date | null;
}

export interface WorkflowTimerTable {
  id: string;
  instance_id: string;
  task_id: string;
  due_at: Date;
  created_at: Date;
  fired_at: Date | null;
}

export interface WorkflowIdempotencyTable {
  account_id: string;
  key: string;
  route: string;
  status: number | null;
  body: Json | null;
  created_at: CreatedAt;
}

export interface WorkflowOrgVersionTable {
  id: Generated<boolean>;
  version: number;
}
