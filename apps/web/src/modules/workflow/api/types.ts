import type { FieldDefinition, Value } from '@yuanwu/form-engine';

/** Shapes of the workflow API (docs/api-v1.md "Workflow"), as the server presents them. */
export type InstanceStatus =
  'draft' | 'running' | 'suspended' | 'completed' | 'rejected' | 'withdrawn' | 'terminated';

export type HistoryAction =
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'resubmitted'
  | 'withdrawn'
  | 'transferred'
  | 'add_signed'
  | 'skipped'
  | 'auto_approved'
  | 'timeout_approved'
  | 'terminated'
  | 'jumped'
  | 'reassigned';

export type NodeType =
  'start' | 'approval' | 'notify' | 'exclusive' | 'inclusive' | 'parallel' | 'join' | 'end';

export type NodeProgress = 'passed' | 'current' | 'untouched';

export interface NamedRef {
  id: string;
  name: string | null;
}

/** A node's 办理提示 and 参考资料 (empty when it has none). */
export interface NodeGuidance {
  hint: string | null;
  references: { name: string; url: string }[];
}

export interface InstanceTask {
  id: string;
  node: string;
  nodeName: string;
  assignee: string;
  assigneeName: string | null;
  onBehalfOf: string | null;
  onBehalfOfName: string | null;
  kind: 'member' | 'before' | 'after';
  state: string;
  createdAt: string;
  dueAt: string | null;
}

export interface HistoryEntry {
  node: string;
  nodeName: string;
  person: string;
  personName: string | null;
  action: HistoryAction;
  comment: string | null;
  at: string;
  onBehalfOf: string | null;
  targets: string[];
  targetNames?: string[];
  from?: string | null;
  fromName?: string | null;
}

export interface CcEntry {
  id: string;
  node: string;
  person: string;
  personName: string | null;
  state: 'unread' | 'read';
  createdAt: string;
  readAt: string | null;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  name: string;
  progress: NodeProgress;
  /** Present when the server tells the page that this node demands a comment. */
  requireComment?: boolean;
  hint?: string | null;
  references?: NodeGuidance['references'];
}

export interface GraphEdge {
  from: string;
  to: string;
  when?: string;
  default?: boolean;
}

export interface ProcessGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface InstanceCan {
  approve: boolean;
  submit: boolean;
  resubmit: boolean;
  withdraw: boolean;
  urge: boolean;
  read: boolean;
  administer: boolean;
}

/** `GET /workflow/instances/:id`: everything the instance page shows to this reader. */
export interface InstanceView {
  id: string;
  title: string;
  processKey: string;
  processName: string;
  version: number;
  revision: number;
  status: InstanceStatus;
  initiator: NamedRef;
  department: NamedRef | null;
  createdAt: string;
  submittedAt: string | null;
  endedAt: string | null;
  /** Field definitions visible to this reader (hidden ones removed). */
  fields: FieldDefinition[];
  /** The values. */
  form: Record<string, Value>;
  editableFields: string[];
  tasks: InstanceTask[];
  myTasks: (InstanceTask & Partial<NodeGuidance>)[];
  history: HistoryEntry[];
  cc: CcEntry[];
  graph: ProcessGraph;
  can: InstanceCan;
}

/** What every action answers. */
export interface ActionResponse {
  instance: { id: string; title: string; status: InstanceStatus; revision: number };
}

export type ListKind = 'todo' | 'done' | 'started' | 'cc' | 'drafts';
/** Every personal list the server answers: the tabs, and 代我办理 shown under 授权代理. */
export type ListSource = ListKind | 'delegated';

export interface ListQuery {
  q?: string;
  processKey?: string;
  initiator?: string;
  status?: Exclude<InstanceStatus, 'draft'>;
  unread?: boolean;
  /** ISO 8601 with offset. */
  from?: string;
  to?: string;
  sort?: 'time' | 'title' | 'process';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface ListItem {
  instanceId: string;
  title: string;
  processKey: string;
  processName: string;
  status: InstanceStatus;
  initiator: NamedRef;
  instanceCreatedAt: string;
  itemId: string;
  node: string | null;
  nodeName: string | null;
  itemState: string | null;
  onBehalfOf: string | null;
  at: string;
  dueAt: string | null;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WorkflowCounts {
  todo: number;
  ccUnread: number;
  drafts: number;
  running: number;
  notifications: number;
}

export interface ProcessSummary {
  key: string;
  name: string;
  version: number;
  category: { id: string; name: string; colour: string } | null;
  updatedAt: string;
}
