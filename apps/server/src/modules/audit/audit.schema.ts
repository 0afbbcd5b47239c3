import { z } from 'zod';

const instant = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .describe('ISO 8601 time with Z or an offset, e.g. 2026-11-23T16:00:00Z');

const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(20);

// `from` counts from its instant, `to` up to (not including) its instant.
const period = <T extends { from?: Date | undefined; to?: Date | undefined }>(value: T) =>
  !value.from || !value.to || value.from.getTime() <= value.to.getTime();
const periodProblem = { path: ['to'], message: '结束时间不能早于开始时间' };

const entryFilterShape = {
  actor: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  targetType: z.string().trim().min(1).max(100).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  result: z.enum(['success', 'failure']).optional(),
  from: instant.optional(),
  to: instant.optional(),
};

/** `GET /audit/entries/export.xlsx`: the filters of the search, without paging. */
export const entryFilterQuery = z.object(entryFilterShape).refine(period, periodProblem);

/** `GET /audit/entries`: filters and paging. */
export const entryListQuery = z
  .object({ ...entryFilterShape, page, pageSize })
  .refine(period, periodProblem);

/** `GET /audit/logins`: the login log's filters and paging. */
export const loginListQuery = z
  .object({
    username: z.string().trim().min(1).max(100).optional(),
    success: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    from: instant.optional(),
    to: instant.optional(),
    page,
    pageSize,
  })
  .refine(period, periodProblem);

export type EntryFilter = z.infer<typeof entryFilterQuery>;
export type EntryListQuery = z.infer<typeof entryListQuery>;
export type LoginListQuery = z.infer<typeof loginListQuery>;
