/*
 * A template is a process definition in the interchange format (conformance
 * README, format 1) plus what the template gallery shows. The field and node
 * shapes are typed loosely on purpose: the engine's parser is the judge at
 * install time, and the form engine may learn keys (`lookup`, `attachment`)
 * before this module is told about them.
 */

/** One form field; tables nest their columns as fields. */
export interface TemplateField {
  key: string;
  label: string;
  type: string;
  required?: boolean;
  default?: { value: unknown } | { expr: string };
  placeholder?: string;
  help?: string;
  span?: number;
  options?: string[];
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: string;
  multiple?: boolean;
  columns?: TemplateField[];
  minRows?: number;
  maxRows?: number;
  formula?: string;
  maxFiles?: number;
  /** Budget lookup (form-engine contract): the value is a budget code that fills other fields. */
  lookup?: { source: 'budget'; fill: Record<string, 'name' | 'total' | 'used' | 'remaining'> };
}

/** Who decides (approval) or is told (notify). */
export type TemplateAssignee =
  | { role: string; scope?: 'initiatorDepartment' }
  | { departmentHead: 'initiator'; level?: number }
  | { superior: 'initiator' }
  | { field: string }
  | { initiator: true };

export interface TemplateNode {
  id: string;
  type: 'start' | 'approval' | 'notify' | 'exclusive' | 'inclusive' | 'parallel' | 'join' | 'end';
  name?: string;
  assignee?: TemplateAssignee;
  mode?: 'all' | 'any' | 'sequence';
  ifEmpty?: 'skip' | 'admin' | 'error';
  timeLimit?: string;
  onTimeout?: 'remind' | 'autoApprove';
  requireComment?: boolean;
  /** 办理提示 shown to whoever handles the node. */
  hint?: string;
  fieldPermissions?: Record<string, 'editable' | 'readonly' | 'hidden'>;
}

export interface TemplateEdge {
  from: string;
  to: string;
  when?: string;
  default?: boolean;
}

/** A definition in the interchange format, as deployed. */
export interface TemplateDefinition {
  key: string;
  name: string;
  form: { fields: TemplateField[] };
  nodes: TemplateNode[];
  edges: TemplateEdge[];
  dedupe?: boolean;
}

/** One entry of the template gallery (流程模板库). */
export interface ProcessTemplate {
  key: string;
  name: string;
  category: { name: string; colour: string };
  description: string;
  definition: TemplateDefinition;
  /**
   * A filled-in form that takes the usual path through the process: the tests
   * start every template with it, and it documents what the form expects.
   */
  example: Record<string, unknown>;
}
