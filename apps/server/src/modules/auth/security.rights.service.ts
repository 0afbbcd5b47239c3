import { isGrantableToRoles, permissionCatalogue, type Permission } from '@yuanwu/contracts';
import { AppError, fail, isUuid, type DataScope } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { roleExists } from './auth.directory.repository.ts';
import { isPermission } from './auth.permissions.ts';
import { findRoleGrants, lockRoleGrants, replaceRoleGrants } from './security.repository.ts';

/** One right a role grants. */
export interface RoleGrant {
  permission: string;
  scope: DataScope;
}

/** The catalogue of rights, and whether roles may grant each. */
export function permissionList(): { permission: Permission; label: string; grantable: boolean }[] {
  return (Object.keys(permissionCatalogue) as Permission[]).map((permission) => ({
    permission,
    label: permissionCatalogue[permission].label,
    grantable: isGrantableToRoles(permission),
  }));
}

async function assertRole(ctx: ServiceContext, roleId: string): Promise<void> {
  if (!isUuid(roleId) || !(await roleExists(ctx.trx, roleId))) throw fail.notFound('角色');
}

/** The rights a role grants. */
export async function roleGrants(ctx: ServiceContext, roleId: string): Promise<RoleGrant[]> {
  await assertRole(ctx, roleId);
  return findRoleGrants(ctx.trx, roleId);
}

/**
 * Replaces a role's rights (授权). Rights reserved to the three
 * administrators are refused, so no role can make someone an administrator.
 */
export async function setRoleGrants(
  ctx: ServiceContext,
  roleId: string,
  grants: readonly RoleGrant[],
): Promise<RoleGrant[]> {
  await assertRole(ctx, roleId);
  const details = grants.flatMap((grant, index) =>
    !isPermission(grant.permission) || !isGrantableToRoles(grant.permission)
      ? [{ path: `grants[${index}].permission`, message: '该权限不能授予角色' }]
      : [],
  );
  if (details.length > 0) throw new AppError('validation', '提交的数据不正确', details);
  await lockRoleGrants(ctx.trx, roleId);
  const old = await findRoleGrants(ctx.trx, roleId);
  await replaceRoleGrants(ctx.trx, roleId, grants);
  const current = await findRoleGrants(ctx.trx, roleId);
  await ctx.audit({
    action: 'security.role.permissions',
    targetType: 'role',
    targetId: roleId,
    summary: { old, new: current },
  });
  return current;
}
