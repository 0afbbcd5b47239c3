import { formSchema } from '@yuanwu/form-engine';
import { z } from 'zod';

/**
 * The interchange format of a process definition (conformance README, format 1).
 * The designer may store more; this is what import, export and the engine share.
 */
const id = z.string().min(1).max(100);

/** Who decides at a node (or is told, at a notify node). */
export const assigneeRule = z.union([
  z.strictObject({ people: z.array(id).min(1) }),
  // Beyond format 1: `scope: 'initiatorDepartment'` keeps only the holders who belong to the
  // initiator's own department (the 护士长 of the applicant's ward, not every 护士长).
  z.strictObject({ role: id, scope: z.literal('initiatorDepartment').optional() }),
  z.strictObject({
    departmentHead: z.literal('initiator'),
    level: z.number().int().min(1).max(20).optional(),
  }),
  z.strictObject({ superior: z.literal('initiator') }),
  z.strictObject({ field: id }),
  z.strictObject({ initiator: z.literal(true) }),
]);

export const fieldPermission = z.enum(['editable', 'readonly', 'hidden']);
const fieldPermissions = z.record(z.string(), fieldPermission);

const base = { id, name: z.string().max(200).optional() };

/** Guidance for whoever handles a node: a note and links (办理提示, 参考资料). */
export const nodeReference = z.strictObject({
  name: z.string().trim().min(1).max(100),
  url: z.string().trim().min(1).max(1000),
});
const guidance = {
  hint: z.string().max(2000).optional(),
  references: z.array(nodeReference).max(20).optional(),
};

const startNode = z.object({
  ...base,
  ...guidance,
  type: z.literal('start'),
  fieldPermissions: fieldPermissions.optional(),
});

const approvalNode = z.object({
  ...base,
  ...guidance,
  type: z.literal('approval'),
  assignee: assigneeRule,
  ifEmpty: z.enum(['skip', 'admin', 'error']).optional(),
  mode: z.enum(['all', 'any', 'sequence']).optional(),
  timeLimit: z.string().optional(),
  onTimeout: z.enum(['remind', 'autoApprove']).optional(),
  fieldPermissions: fieldPermissions.optional(),
  requireComment: z.boolean().optional(),
});

const notifyNode = z.object({
  ...base,
  ...guidance,
  type: z.literal('notify'),
  assignee: assigneeRule,
  fieldPermissions: fieldPermissions.optional(),
});

const plainNode = (type: 'exclusive' | 'inclusive' | 'parallel' | 'join' | 'end') =>
  z.object({ ...base, type: z.literal(type) });

export const processNode = z.discriminatedUnion('type', [
  startNode,
  approvalNode,
  notifyNode,
  plainNode('exclusive'),
  plainNode('inclusive'),
  plainNode('parallel'),
  plainNode('join'),
  plainNode('end'),
]);

export const processEdge = z.object({
  from: id,
  to: id,
  when: z.string().max(2000).optional(),
  default: z.boolean().optional(),
});

/** A whole process definition as imported, exported and deployed. */
export const processDefinition = z.object({
  key: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  form: formSchema,
  nodes: z.array(processNode).min(1),
  edges: z.array(processEdge),
  dedupe: z.boolean().optional(),
});

export type AssigneeRule = z.infer<typeof assigneeRule>;
export type FieldPermission = z.infer<typeof fieldPermission>;
export type ProcessNode = z.infer<typeof processNode>;
export type ApprovalNode = z.infer<typeof approvalNode>;
export type NotifyNode = z.infer<typeof notifyNode>;
export type ProcessEdge = z.infer<typeof processEdge>;
export type ProcessDefinition = z.infer<typeof processDefinition>;
export type NodeReference = z.infer<typeof nodeReference>;
export type NodeType = ProcessNode['type'];

/** A deployed version: the definition plus the server's reference to that version. */
export interface DeployedProcess {
  ref: string;
  definition: ProcessDefinition;
}
