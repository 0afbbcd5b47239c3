import { z } from 'zod';

/** The error body every endpoint returns on failure. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

export type ErrorBody = z.infer<typeof errorBody>;
