import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { checkDepartmentRefs } from './departments.checks.ts';
import {
  findDepartment,
  rewriteSubtreePaths,
  updateDepartmentRow,
  type DepartmentRow,
} from './departments.repository.ts';
import type { DepartmentInput } from './departments.service.ts';
import { changesOf } from './org.changes.ts';
import { departmentNameReadings } from './pinyin.ts';

/**
 * Edits a department. Moving it under another parent moves its whole
 * subtree (the materialised paths are rewritten); a department cannot move
 * under itself or its own descendants.
 */
export async function updateDepartment(
  ctx: ServiceContext,
  id: string,
  patch: Partial<DepartmentInput>,
): Promise<DepartmentRow> {
  const before = await findDepartment(ctx.trx, id);
  if (!before) throw fail.notFound('科室');
  const parent = await checkDepartmentRefs(ctx, patch, id);
  const current = {
    code: before.code,
    name: before.name,
    parentId: before.parent_id,
    campusId: before.campus_id,
    kind: before.kind,
    headPersonId: before.head_person_id,
    sort: before.sort,
  };
  const changes = changesOf(current, patch);
  if (Object.keys(changes).length === 0) return before;

  let path = before.path;
  if ('parentId' in changes) {
    if (parent && parent.path.startsWith(before.path)) {
      const message = '不能把科室移到它自己或它的下级科室之下';
      throw fail.validation(message, [{ path: 'parentId', message }]);
    }
    path = `${parent?.path ?? '/'}${id}/`;
    await rewriteSubtreePaths(ctx.trx, before.path, path);
  }
  const readings = patch.name ? departmentNameReadings(patch.name) : null;
  const row = await updateDepartmentRow(ctx.trx, id, {
    ...(patch.code !== undefined && { code: patch.code }),
    ...(patch.name !== undefined && { name: patch.name }),
    ...(readings && { name_pinyin: readings.pinyin, name_initials: readings.initials }),
    ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
    ...(patch.campusId !== undefined && { campus_id: patch.campusId }),
    ...(patch.kind !== undefined && { kind: patch.kind }),
    ...(patch.headPersonId !== undefined && { head_person_id: patch.headPersonId }),
    ...(patch.sort !== undefined && { sort: patch.sort }),
    path,
    updated_at: ctx.now,
  });
  await ctx.audit({
    action: 'org.department.update',
    targetType: 'department',
    targetId: id,
    summary: {
      code: row.code,
      name: row.name,
      changes,
      ...('parentId' in changes && { movedUnder: parent?.name ?? null }),
    },
  });
  return row;
}
