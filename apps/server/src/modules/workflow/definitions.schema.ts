import { z } from 'zod';

const key = z.string().trim().min(1).max(100);

export const processParams = z.object({ key });

/**
 * `POST /workflow/processes`: a definition in the interchange format. Its shape is
 * checked by the engine (so every problem is reported with its path), not here.
 */
export const deployBody = z.record(z.string(), z.unknown());

export const deployQuery = z.object({ categoryId: z.uuid().optional() });

export const exportQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const listProcessesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  categoryId: z.uuid().optional(),
});

export const copyBody = z.strictObject({ key, name: z.string().trim().min(1).max(200) });

export const categoriseBody = z.strictObject({ categoryId: z.uuid().nullable() });

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色格式为 #RRGGBB');

export const categoryParams = z.object({ id: z.uuid() });

export const createCategoryBody = z.strictObject({
  name: z.string().trim().min(1).max(50),
  colour,
  sort: z.number().int().min(0).max(100_000).optional(),
});

export const updateCategoryBody = z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  colour: colour.optional(),
  sort: z.number().int().min(0).max(100_000).optional(),
});
