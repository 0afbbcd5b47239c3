import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { checkDepartmentRefs } from './departments.checks.ts';
import {
  departmentOccupancy,
  findDepartment,
  insertDepartments,
  listDepartments,
  updateDepartmentRow,
  type DepartmentRow,
} from './departments.repository.ts';
import { searchDepartmentRows } from './departments.search.repository.ts';
import { buildDepartmentTree, inheritedKind, type DepartmentNode } from './departments.tree.ts';
import { hasHan } from './org.changes.ts';
import type { DepartmentKind } from './org.types.ts';
import { departmentNameReadings, pinyinQuery } from './pinyin.ts';

export interface DepartmentInput {
  code: string;
  name: string;
  parentId?: string | null;
  campusId?: string | null;
  kind?: DepartmentKind;
  headPersonId?: string | null;
  sort?: number;
}

/** The whole live department tree with heads and member counts. */
export async function departmentTree(ctx: ServiceContext): Promise<DepartmentNode[]> {
  return buildDepartmentTree(await listDepartments(ctx.trx));
}

/** Departments for pickers: by name, code, full pinyin or initials. */
export async function searchDepartments(
  ctx: ServiceContext,
  q: string,
  limit: number,
): Promise<DepartmentRow[]> {
  const text = q.trim();
  if (!text) return [];
  const contains = hasHan(text) && text.length >= 2;
  return searchDepartmentRows(ctx.trx, text, pinyinQuery(text), limit, contains);
}

/** Adds a department under its parent (or as a root); campus and kind default to the parent's. */
export async function createDepartment(
  ctx: ServiceContext,
  input: DepartmentInput,
): Promise<DepartmentRow> {
  const parent = await checkDepartmentRefs(ctx, input);
  const id = newId();
  const readings = departmentNameReadings(input.name);
  await insertDepartments(ctx.trx, [
    {
      id,
      code: input.code,
      name: input.name,
      parent_id: parent?.id ?? null,
      campus_id: input.campusId ?? parent?.campus_id ?? null,
      kind: input.kind ?? inheritedKind(parent),
      head_person_id: input.headPersonId ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      sort: input.sort ?? 0,
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      created_at: ctx.now,
      updated_at: ctx.now,
      deleted_at: null,
    },
  ]);
  await ctx.audit({
    action: 'org.department.create',
    targetType: 'department',
    targetId: id,
    summary: { code: input.code, name: input.name, parent: parent?.name ?? null },
  });
  const row = await findDepartment(ctx.trx, id);
  if (!row) throw fail.notFound('科室');
  return row;
}

/** Soft-deletes a department that has no live children and no live people. */
export async function deleteDepartment(ctx: ServiceContext, id: string): Promise<void> {
  const department = await findDepartment(ctx.trx, id);
  if (!department) throw fail.notFound('科室');
  const occupancy = await departmentOccupancy(ctx.trx, id);
  if (occupancy.children > 0) {
    throw fail.conflict(`${department.name}还有 ${occupancy.children} 个下级科室，不能删除`);
  }
  if (occupancy.people > 0) {
    throw fail.conflict(`${department.name}还有 ${occupancy.people} 名人员，不能删除`);
  }
  await updateDepartmentRow(ctx.trx, id, { deleted_at: ctx.now, updated_at: ctx.now });
  await ctx.audit({
    action: 'org.department.delete',
    targetType: 'department',
    targetId: id,
    summary: { code: department.code, name: department.name },
  });
}
