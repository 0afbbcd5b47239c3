import {
  adminPermissions,
  isGrantableToRoles,
  permissionCatalogue,
  type Permission,
} from '@yuanwu/contracts';
import { dataScopeOrder, type AdminKind, type DataScope } from '@yuanwu/kernel';

/** True when the text names a right of the catalogue. */
export function isPermission(text: string): text is Permission {
  return Object.hasOwn(permissionCatalogue, text);
}

function wider(a: DataScope, b: DataScope): DataScope {
  return dataScopeOrder.indexOf(a) >= dataScopeOrder.indexOf(b) ? a : b;
}

/**
 * The rights an account holds. An administrator (三员) holds exactly the fixed
 * rights of its kind and nothing from roles, so the three stay separate even
 * if an administrator account is linked to a person. Everyone else holds the
 * rights of their roles, the widest scope winning; reserved rights found on a
 * role (only possible by editing the database) are ignored.
 */
export function effectivePermissions(
  adminKind: AdminKind | null,
  roleGrants: readonly { permission: string; scope: DataScope }[],
): Map<string, DataScope> {
  const permissions = new Map<string, DataScope>();
  if (adminKind) {
    for (const permission of adminPermissions[adminKind]) permissions.set(permission, 'all');
    return permissions;
  }
  for (const grant of roleGrants) {
    if (!isPermission(grant.permission) || !isGrantableToRoles(grant.permission)) continue;
    const held = permissions.get(grant.permission);
    permissions.set(grant.permission, held ? wider(held, grant.scope) : grant.scope);
  }
  return permissions;
}
