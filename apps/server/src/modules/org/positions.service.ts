import { newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { insertPositions, listPositions } from './campuses.repository.ts';
import { departmentNameReadings } from './pinyin.ts';

/**
 * Ids of positions (职务) by name, creating the ones that do not exist yet:
 * HR files name positions the catalogue may not have, and there is no
 * separate screen to add them first.
 */
export async function ensurePositions(
  ctx: ServiceContext,
  names: readonly string[],
): Promise<Map<string, string>> {
  const existing = await listPositions(ctx.trx);
  const ids = new Map(existing.map((p) => [p.name, p.id]));
  const codes = new Set(existing.map((p) => p.code));
  const missing = [...new Set(names)].filter((name) => !ids.has(name));
  if (missing.length === 0) return ids;
  const maxSort = Math.max(0, ...existing.map((p) => p.sort));
  const rows = missing.map((name, index) => {
    const base = departmentNameReadings(name).pinyin.split(' ')[0] || 'position';
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}_${n}`;
    codes.add(code);
    return {
      id: newId(),
      code,
      name,
      sort: maxSort + (index + 1) * 10,
      created_at: ctx.now,
      updated_at: ctx.now,
      deleted_at: null,
    };
  });
  for (const row of await insertPositions(ctx.trx, rows)) ids.set(row.name, row.id);
  await ctx.audit({
    action: 'org.position.create',
    targetType: 'position',
    summary: { created: rows.map((r) => ({ code: r.code, name: r.name })) },
  });
  return ids;
}
