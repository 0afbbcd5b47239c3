import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findCampus } from './campuses.repository.ts';
import {
  findDepartment,
  findDepartmentsByCodes,
  type DepartmentRow,
} from './departments.repository.ts';
import { findPersonRow } from './people.repository.ts';

/** What a department points at, as a create or an edit names it. */
export interface DepartmentRefs {
  code?: string;
  parentId?: string | null;
  campusId?: string | null;
  headPersonId?: string | null;
}

const invalid = (path: string, message: string) => fail.validation(message, [{ path, message }]);

/**
 * Checks that the code is free and every referenced record is live; returns
 * the parent (null for a root or when the parent is not being set).
 */
export async function checkDepartmentRefs(
  ctx: ServiceContext,
  refs: DepartmentRefs,
  selfId?: string,
): Promise<DepartmentRow | null> {
  if (refs.code) {
    const taken = await findDepartmentsByCodes(ctx.trx, [refs.code]);
    if (taken.some((row) => row.id !== selfId)) {
      throw fail.conflict(`科室编码 ${refs.code} 已存在`);
    }
  }
  const parent = refs.parentId ? await findDepartment(ctx.trx, refs.parentId) : null;
  if (refs.parentId && !parent) throw invalid('parentId', '上级科室不存在');
  if (refs.campusId && !(await findCampus(ctx.trx, refs.campusId))) {
    throw invalid('campusId', '院区不存在');
  }
  if (refs.headPersonId) {
    const head = await findPersonRow(ctx.trx, refs.headPersonId);
    if (!head) throw invalid('headPersonId', '负责人不存在');
  }
  return parent;
}
