import { z } from 'zod';

export const fileParams = z.object({ id: z.string().min(1).max(100) });

export const downloadQuery = z.object({
  /** Show in the browser (images and PDF only); everything else always downloads. */
  inline: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/** Types a browser may show in place without running anything. */
export const inlineTypes = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);
