import { valueSchema } from '@yuanwu/form-engine';
import { z } from 'zod';

const id = z.string().trim().min(1).max(100);

/** `POST /workflow/processes/check`: any JSON object; the engine names each problem. */
export const checkBody = z.record(z.string(), z.unknown());

export const simulateBody = z.strictObject({
  definition: z.record(z.string(), z.unknown()),
  initiator: z.uuid(),
  form: z.record(z.string(), valueSchema).default({}),
});

/** Who may start a process; null = everyone with `workflow.start`. */
export const startScope = z
  .strictObject({
    departments: z.array(z.uuid()).max(200).default([]),
    roles: z.array(id).max(200).default([]),
    people: z.array(z.uuid()).max(500).default([]),
  })
  .nullable();

/** Who may change a process; null = everyone with `workflow.design`. */
export const manageScope = z
  .strictObject({
    roles: z.array(id).max(200).default([]),
    people: z.array(z.uuid()).max(500).default([]),
  })
  .nullable();

export const rightsBody = z.strictObject({ start: startScope, manage: manageScope });

export type StartScope = z.infer<typeof startScope>;
export type ManageScope = z.infer<typeof manageScope>;
export type ProcessRights = z.infer<typeof rightsBody>;

export const designListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  categoryId: z.uuid().optional(),
});
