import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  findCampus,
  findCampusByCode,
  insertCampus,
  listCampuses,
  listPositions,
  updateCampusRow,
  type CampusRow,
  type PositionRow,
} from './campuses.repository.ts';
import { changesOf } from './org.changes.ts';

export interface CampusInput {
  code: string;
  name: string;
  address?: string;
  sort?: number;
}

/** All live campuses (院区). */
export function campuses(ctx: ServiceContext): Promise<CampusRow[]> {
  return listCampuses(ctx.trx);
}

/** All live positions (职务). */
export function positions(ctx: ServiceContext): Promise<PositionRow[]> {
  return listPositions(ctx.trx);
}

/** Adds a campus; codes are unique among live campuses. */
export async function createCampus(ctx: ServiceContext, input: CampusInput): Promise<CampusRow> {
  if (await findCampusByCode(ctx.trx, input.code)) {
    throw fail.conflict(`院区编码 ${input.code} 已存在`);
  }
  const row = await insertCampus(ctx.trx, {
    id: newId(),
    code: input.code,
    name: input.name,
    address: input.address ?? '',
    sort: input.sort ?? 0,
    created_at: ctx.now,
    updated_at: ctx.now,
    deleted_at: null,
  });
  await ctx.audit({
    action: 'org.campus.create',
    targetType: 'campus',
    targetId: row.id,
    summary: { code: row.code, name: row.name },
  });
  return row;
}

/** Renames or re-codes a campus. */
export async function updateCampus(
  ctx: ServiceContext,
  id: string,
  patch: Partial<CampusInput>,
): Promise<CampusRow> {
  const before = await findCampus(ctx.trx, id);
  if (!before) throw fail.notFound('院区');
  if (patch.code && (await findCampusByCode(ctx.trx, patch.code, id))) {
    throw fail.conflict(`院区编码 ${patch.code} 已存在`);
  }
  const changes = changesOf(before, patch);
  if (Object.keys(changes).length === 0) return before;
  const row = await updateCampusRow(ctx.trx, id, { ...patch, updated_at: ctx.now });
  await ctx.audit({
    action: 'org.campus.update',
    targetType: 'campus',
    targetId: id,
    summary: { name: row.name, changes },
  });
  return row;
}
