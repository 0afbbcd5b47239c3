import { z } from 'zod';

/** `POST /workflow/templates/:key/install`. */
export const templateParams = z.object({ key: z.string().trim().min(1).max(100) });
