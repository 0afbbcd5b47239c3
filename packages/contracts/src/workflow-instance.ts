import type { FieldDefinition, Value } from '@yuanwu/form-engine';

// The instance page's shapes (docs/api-v1.md "Workflow"): the server's presenters return
// them and the web reads them. The engine keeps its own state types; the presenters map
// state to these, so a new engine status or action fails to compile until added here.

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

/** A person or department by id, with its name where the directory knows it. */
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
  /** For transfer, add-sign and reassign: who received it, by id and by name. */
  targets: string[];
  targetNames: string[];
  /** For reassign (改派): whose task the administrator took away. */
  from: string | null;
  fromName: string | null;
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

/** What this reader may do on the instance. */
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

/** What every action on an instance answers. */
export interface ActionResponse {
  instance: { id: string; title: string; status: InstanceStatus; revision: number };
}
