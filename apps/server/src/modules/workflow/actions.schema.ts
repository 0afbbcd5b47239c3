import { valueSchema } from '@yuanwu/form-engine';
import { z } from 'zod';

/*
 * Bodies of the instance actions. Unknown keys are refused (a typo must not be
 * silently ignored on an approval). Every action accepts `requestId` as an
 * alternative to the `Idempotency-Key` header.
 */
const requestId = z.string().min(1).max(200).optional();
const form = z.record(z.string(), valueSchema);
const personId = z.string().trim().min(1).max(100);
const nodeId = z.string().trim().min(1).max(100);
const comment = z.string().max(2000);

export const instanceParams = z.object({ id: z.string().min(1).max(100) });

export const startBody = z.strictObject({
  processKey: z.string().trim().min(1).max(100),
  form: form.optional(),
  draft: z.boolean().optional(),
  title: z.string().trim().max(200).optional(),
  requestId,
});

export const submitBody = z.strictObject({ form: form.optional(), requestId });

export const approveBody = z.strictObject({
  node: nodeId.optional(),
  comment: comment.optional(),
  form: form.optional(),
  requestId,
});

export const rejectBody = z.strictObject({
  node: nodeId.optional(),
  comment: comment.optional(),
  requestId,
});

export const returnBody = z.strictObject({
  node: nodeId.optional(),
  to: nodeId.optional(),
  comment: comment.optional(),
  requestId,
});

export const resubmitBody = z.strictObject({
  form: form.optional(),
  direct: z.boolean().optional(),
  requestId,
});

export const transferBody = z.strictObject({
  node: nodeId.optional(),
  to: personId,
  comment: comment.optional(),
  requestId,
});

export const addSignBody = z.strictObject({
  node: nodeId.optional(),
  to: z.array(personId).min(1).max(50),
  position: z.enum(['before', 'after']),
  comment: comment.optional(),
  requestId,
});

export const plainBody = z.strictObject({ requestId }).optional();

export const terminateBody = z.strictObject({ comment: comment.optional(), requestId }).optional();

export const jumpBody = z.strictObject({ to: nodeId, comment: comment.optional(), requestId });

export const reassignBody = z.strictObject({
  task: z.string().trim().min(1).max(100),
  to: personId,
  comment: comment.optional(),
  requestId,
});

export const saveDraftBody = z.strictObject({
  form: form.optional(),
  title: z.string().trim().max(200).optional(),
  requestId,
});
