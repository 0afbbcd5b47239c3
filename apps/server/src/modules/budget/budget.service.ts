import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findBudgetByCode, searchBudgets, type BudgetRow } from './budget.repository.ts';

/** Text typed as pinyin ("ban gong" → "bangong"), or null when it is not pinyin. */
function pinyinOf(text: string): string | null {
  const compact = text.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  return /^[a-z]{1,40}$/.test(compact) ? compact : null;
}

/** The budget data source: a page of budget lines matching code, name or pinyin. */
export async function listBudgets(
  ctx: ServiceContext,
  query: { q?: string; year?: number; departmentId?: string; page: number; pageSize: number },
): Promise<{ rows: BudgetRow[]; total: number }> {
  const q = query.q === '' ? undefined : query.q;
  return searchBudgets(
    ctx.trx,
    {
      ...(q === undefined ? {} : { q }),
      pinyin: q === undefined ? null : pinyinOf(q),
      ...(query.year === undefined ? {} : { year: query.year }),
      ...(query.departmentId === undefined ? {} : { departmentId: query.departmentId }),
    },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
}

/** One budget line by its code (what a form's lookup field fills from). */
export async function getBudget(ctx: ServiceContext, code: string): Promise<BudgetRow> {
  const row = await findBudgetByCode(ctx.trx, code);
  if (!row) throw fail.notFound('预算');
  return row;
}
