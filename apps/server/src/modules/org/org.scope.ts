import type { Permission } from '@yuanwu/contracts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findDepartment } from './departments.repository.ts';
import type { PeopleScope } from './people.query.ts';

/**
 * Which people the actor reaches with a permission, from the data scope
 * their roles grant (self / department / department_tree / campus / all).
 * Calls without an actor are the system's own and reach everyone.
 */
export async function peopleScopeOf(
  ctx: ServiceContext,
  permission: Permission,
): Promise<PeopleScope> {
  const actor = ctx.actor;
  if (!actor) return { kind: 'all' };
  const scope = actor.permissions.get(permission);
  if (scope === undefined) return { kind: 'none' };
  if (scope === 'all') return { kind: 'all' };
  const self: PeopleScope = actor.personId
    ? { kind: 'self', personId: actor.personId }
    : { kind: 'none' };
  if (scope === 'self' || !actor.departmentId) return self;
  const department = await findDepartment(ctx.trx, actor.departmentId);
  if (!department) return self;
  switch (scope) {
    case 'department':
      return { kind: 'department', departmentId: department.id };
    case 'department_tree':
      return { kind: 'tree', path: department.path };
    case 'campus': {
      const campusId = actor.campusId ?? department.campus_id;
      return campusId ? { kind: 'campus', campusId } : { kind: 'tree', path: department.path };
    }
  }
}
