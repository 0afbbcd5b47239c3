import type { FormSchema } from '@yuanwu/form-engine';

/**
 * The interchange format of a process definition as the designer edits it (the server's
 * engine owns the zod schema; the web keeps plain types to stay light).
 */
export type AssigneeRule =
  | { people: string[] }
  /** `scope: 'initiatorDepartment'`: only the holders in the initiator's own department. */
  | { role: string; scope?: 'initiatorDepartment' }
  | { departmentHead: 'initiator'; level?: number }
  | { superior: 'initiator' }
  | { field: string }
  | { initiator: true };

export type FieldPermission = 'editable' | 'readonly' | 'hidden';

export interface NodeReference {
  name: string;
  url: string;
}

interface Guidance {
  hint?: string;
  references?: NodeReference[];
  fieldPermissions?: Record<string, FieldPermission>;
}

export interface StartNode extends Guidance {
  id: string;
  name?: string;
  type: 'start';
}

export interface ApprovalNode extends Guidance {
  id: string;
  name?: string;
  type: 'approval';
  assignee: AssigneeRule;
  ifEmpty?: 'skip' | 'admin' | 'error';
  mode?: 'all' | 'any' | 'sequence';
  timeLimit?: string;
  onTimeout?: 'remind' | 'autoApprove';
  requireComment?: boolean;
}

export interface NotifyNode extends Guidance {
  id: string;
  name?: string;
  type: 'notify';
  assignee: AssigneeRule;
}

export type GatewayType = 'exclusive' | 'inclusive' | 'parallel';

export interface PlainNode {
  id: string;
  name?: string;
  type: GatewayType | 'join' | 'end';
}

export type ProcessNode = StartNode | ApprovalNode | NotifyNode | PlainNode;
export type TaskNode = ApprovalNode | NotifyNode;

export interface ProcessEdge {
  from: string;
  to: string;
  when?: string;
  default?: boolean;
}

export interface ProcessDefinition {
  key: string;
  name: string;
  form: FormSchema;
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  dedupe?: boolean;
}
