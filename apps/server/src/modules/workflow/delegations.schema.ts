import { z } from 'zod';

// A point in time: an ISO 8601 datetime with its offset, or a duration from now (`P7D`).
const when = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('ISO 8601 datetime with an offset, or an ISO 8601 duration from now (e.g. P7D)');

/** `POST /workflow/delegations`: 授权代理 of my future tasks. */
export const delegateBody = z.strictObject({
  to: z.string().trim().min(1).max(100),
  processKeys: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  from: when.optional(),
  until: when.optional(),
  requestId: z.string().min(1).max(200).optional(),
});

export const revokeBody = z.strictObject({ requestId: z.string().min(1).max(200).optional() });

export type DelegateInput = Omit<z.infer<typeof delegateBody>, 'requestId'>;
