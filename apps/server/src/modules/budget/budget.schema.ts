import { z } from 'zod';

/** `GET /data-sources/budget?q=&year=&departmentId=&page=&pageSize=`. */
export const budgetListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  departmentId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const budgetParams = z.object({ code: z.string().trim().min(1).max(100) });
