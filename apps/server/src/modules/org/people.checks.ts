import { fail } from '@yuanwu/kernel';
import type { Permission } from '@yuanwu/contracts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findDepartment, type DepartmentRow } from './departments.repository.ts';
import type { PeopleScope } from './people.query.ts';
import {
  findPeopleByEmployeeNos,
  findPersonRow,
  findPosition,
  personInScope,
  superiorChainIds,
} from './people.repository.ts';
import { peopleScopeOf } from './org.scope.ts';

/** What a person record points at, as a create or an edit names it. */
export interface PersonRefs {
  employeeNo?: string;
  departmentId?: string;
  positionId?: string | null;
  superiorId?: string | null;
  extraDepartmentIds?: string[];
}

const invalid = (path: string, message: string) => fail.validation(message, [{ path, message }]);

/** Checks uniqueness and references; returns the primary department when it is being set. */
export async function checkPersonRefs(
  ctx: ServiceContext,
  refs: PersonRefs,
  selfId?: string,
): Promise<DepartmentRow | null> {
  if (refs.employeeNo) {
    const [taken] = await findPeopleByEmployeeNos(ctx.trx, [refs.employeeNo]);
    if (taken && taken.id !== selfId) {
      throw fail.conflict(`工号 ${refs.employeeNo} 已被${taken.name}使用`);
    }
  }
  const department = refs.departmentId ? await findDepartment(ctx.trx, refs.departmentId) : null;
  if (refs.departmentId && !department) throw invalid('departmentId', '科室不存在');
  if (refs.positionId && !(await findPosition(ctx.trx, refs.positionId))) {
    throw invalid('positionId', '职务不存在');
  }
  for (const [index, id] of (refs.extraDepartmentIds ?? []).entries()) {
    if (!(await findDepartment(ctx.trx, id))) {
      throw invalid(`extraDepartmentIds[${index}]`, '兼职科室不存在');
    }
  }
  if (refs.superiorId) {
    if (refs.superiorId === selfId) throw invalid('superiorId', '直接上级不能是本人');
    if (!(await findPersonRow(ctx.trx, refs.superiorId))) {
      throw invalid('superiorId', '直接上级不存在');
    }
    if (selfId && (await superiorChainIds(ctx.trx, refs.superiorId)).includes(selfId)) {
      throw invalid('superiorId', '直接上级不能是本人的下属');
    }
  }
  return department;
}

function departmentReached(scope: PeopleScope, department: DepartmentRow): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
    case 'self':
      return false;
    case 'department':
      return department.id === scope.departmentId;
    case 'tree':
      return department.path.startsWith(scope.path);
    case 'campus':
      return department.campus_id === scope.campusId;
  }
}

/**
 * Refuses unless the actor's data scope for the permission reaches the
 * person (and the department they are being put into).
 */
export async function assertReaches(
  ctx: ServiceContext,
  permission: Permission,
  target: { personId?: string; department?: DepartmentRow | null },
): Promise<void> {
  const scope = await peopleScopeOf(ctx, permission);
  if (scope.kind === 'all') return;
  if (target.personId && !(await personInScope(ctx.trx, scope, target.personId))) {
    throw fail.forbidden('该人员不在您的管理范围内');
  }
  if (target.department && !departmentReached(scope, target.department)) {
    throw fail.forbidden('该科室不在您的管理范围内');
  }
}

/** The live department or a not-found error. */
export async function requireDepartment(ctx: ServiceContext, id: string): Promise<DepartmentRow> {
  const department = await findDepartment(ctx.trx, id);
  if (!department) throw fail.notFound('科室');
  return department;
}
