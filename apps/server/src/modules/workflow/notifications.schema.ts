import { z } from 'zod';

export const notificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  kind: z.enum(['task', 'cc', 'urge', 'timeout', 'result']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** `POST /workflow/notifications/read`: these ids, or `all: true`. */
export const readNotificationsBody = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(500) }),
  z.strictObject({ all: z.literal(true) }),
]);
