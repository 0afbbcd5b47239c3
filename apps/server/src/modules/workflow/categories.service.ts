import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  categoryNameTaken,
  findCategory,
  insertCategory,
  listCategories,
  updateCategory,
  type CategoryRow,
} from './categories.repository.ts';

/** Categories of processes (人事、财务、医务…), each with a colour for the start page. */
export function categories(ctx: ServiceContext): Promise<CategoryRow[]> {
  return listCategories(ctx.trx);
}

export async function createCategory(
  ctx: ServiceContext,
  input: { name: string; colour: string; sort?: number },
): Promise<CategoryRow> {
  if (await categoryNameTaken(ctx.trx, input.name)) {
    throw fail.conflict(`分类「${input.name}」已存在`);
  }
  const id = newId();
  await insertCategory(ctx.trx, { id, ...input, sort: input.sort ?? 0, now: ctx.now });
  await ctx.audit({
    action: 'workflow.category.create',
    targetType: 'workflow_category',
    targetId: id,
    summary: input,
  });
  const row = await findCategory(ctx.trx, id);
  if (!row) throw fail.notFound('流程分类');
  return row;
}

export async function changeCategory(
  ctx: ServiceContext,
  id: string,
  changes: { name?: string; colour?: string; sort?: number; deleted?: boolean },
): Promise<CategoryRow | null> {
  const existing = await findCategory(ctx.trx, id);
  if (!existing) throw fail.notFound('流程分类');
  if (changes.name !== undefined && (await categoryNameTaken(ctx.trx, changes.name, id))) {
    throw fail.conflict(`分类「${changes.name}」已存在`);
  }
  const { deleted, ...fields } = changes;
  await updateCategory(
    ctx.trx,
    id,
    { ...fields, ...(deleted ? { deletedAt: ctx.now } : {}) },
    ctx.now,
  );
  await ctx.audit({
    action: deleted ? 'workflow.category.delete' : 'workflow.category.update',
    targetType: 'workflow_category',
    targetId: id,
    summary: { before: { name: existing.name, colour: existing.colour }, changes },
  });
  return deleted ? null : ((await findCategory(ctx.trx, id)) ?? null);
}
