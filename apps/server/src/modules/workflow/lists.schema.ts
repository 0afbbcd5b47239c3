import { z } from 'zod';

const instant = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .describe('ISO 8601 time with Z or an offset');

/** Filters, sorting and paging shared by 待办, 已办, 我发起的, 抄送我的 and 草稿. */
export const listQuery = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe('text in the title'),
    processKey: z.string().trim().min(1).max(100).optional(),
    initiator: z.uuid().optional().describe('person id of the initiator'),
    status: z
      .enum(['running', 'suspended', 'completed', 'rejected', 'withdrawn', 'terminated'])
      .optional(),
    unread: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('抄送我的 only'),
    from: instant.optional(),
    to: instant.optional(),
    sort: z.enum(['time', 'title', 'process']).default('time'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .refine((v) => !v.from || !v.to || v.from.getTime() <= v.to.getTime(), {
    path: ['to'],
    message: '结束时间不能早于开始时间',
  });

export type ListQuery = z.infer<typeof listQuery>;

/** `delegated` (代我办理): my tasks that a delegate decided on my behalf. */
export type ListName = 'todo' | 'done' | 'started' | 'cc' | 'drafts' | 'delegated';
