// Shapes of the workflow API (docs/api-v1.md "Workflow") as the phone screens read them.
import type { FieldDefinition, Value } from '@yuanwu/form-engine';

export type InstanceStatus =
  'draft' | 'running' | 'suspended' | 'completed' | 'rejected' | 'withdrawn' | 'terminated';

export type ListKind = 'todo' | 'done' | 'started' | 'cc' | 'drafts';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListItem {
  instanceId: string;
  title: string;
  processKey: string;
  processName: string;
  status: InstanceStatus;
  initiator: { id: string; name: string };
  itemId: string | null;
  node: string | null;
  nodeName: string | null;
  itemState: string | null;
  at: string;
  dueAt: string | null;
}

export interface Counts {
  todo: number;
  ccUnread: number;
  drafts: number;
  running: number;
  notifications: number;
}

export interface TaskView {
  id: string;
  node: string;
  nodeName: string;
  assignee: string;
  assigneeName: string | null;
  state: string;
  createdAt: string;
  dueAt: string | null;
}

export interface HistoryView {
  node: string;
  nodeName: string;
  person: string;
  personName: string | null;
  action: string;
  comment: string | null;
  at: string;
  targetNames: string[];
  fromName: string | null;
}

export interface GraphNode {
  id: string;
  type: string;
  name: string;
  progress: 'passed' | 'current' | 'untouched';
}

export interface InstanceView {
  id: string;
  title: string;
  processKey: string;
  processName: string;
  revision: number;
  status: InstanceStatus;
  initiator: { id: string; name: string | null };
  department: { id: string; name: string | null } | null;
  createdAt: string;
  submittedAt: string | null;
  endedAt: string | null;
  fields: FieldDefinition[];
  form: Record<string, Value>;
  editableFields: string[];
  tasks: TaskView[];
  myTasks: TaskView[];
  history: HistoryView[];
  graph: { nodes: GraphNode[]; edges: { from: string; to: string }[] };
  can: Record<'approve' | 'submit' | 'resubmit' | 'withdraw' | 'urge' | 'read', boolean>;
}

export interface ProcessSummary {
  key: string;
  name: string;
  version: number;
  category: { id: string; name: string; colour: string } | null;
}

export interface ProcessForm {
  key: string;
  name: string;
  version: number;
  form: { fields: FieldDefinition[] };
}

export interface Phrase {
  id: string;
  text: string;
  mine: boolean;
}

export interface NotificationItem {
  id: string;
  kind: 'task' | 'cc' | 'urge' | 'timeout' | 'result';
  instanceId: string;
  instanceTitle: string;
  createdAt: string;
  readAt: string | null;
}

/** The actions of the bottom bar, as `POST /workflow/instances/:id/<action>`. */
export type ActionName =
  | 'approve'
  | 'reject'
  | 'return'
  | 'transfer'
  | 'withdraw'
  | 'urge'
  | 'resubmit'
  | 'read'
  | 'submit';
