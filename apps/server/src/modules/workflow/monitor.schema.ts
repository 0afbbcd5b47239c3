import { z } from 'zod';

const instant = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .describe('ISO 8601 time with Z or an offset');

const statuses = [
  'draft',
  'running',
  'suspended',
  'completed',
  'rejected',
  'withdrawn',
  'terminated',
] as const;

const period = <T extends { from?: Date | undefined; to?: Date | undefined }>(value: T) =>
  !value.from || !value.to || value.from.getTime() <= value.to.getTime();
const periodProblem = { path: ['to'], message: '结束时间不能早于开始时间' };

/** Filters of 流程监控: by process, status, initiator, department and start time. */
const filterShape = {
  processKey: z.string().trim().min(1).max(100).optional(),
  status: z.enum(statuses).optional(),
  initiator: z.uuid().optional(),
  department: z.uuid().optional(),
  q: z.string().trim().min(1).max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
};

export const monitorFilterQuery = z.object(filterShape).refine(period, periodProblem);

export const monitorListQuery = z
  .object({
    ...filterShape,
    sort: z.enum(['createdAt', 'updatedAt', 'title']).default('createdAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .refine(period, periodProblem);

export type MonitorFilter = z.infer<typeof monitorFilterQuery>;
export type MonitorListQuery = z.infer<typeof monitorListQuery>;
