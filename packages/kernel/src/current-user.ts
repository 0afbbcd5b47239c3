/** The three separated administrators (三员分立). */
export type AdminKind = 'system' | 'security' | 'audit';

/** How far a granted right reaches over the organisation. */
export type DataScope = 'self' | 'department' | 'department_tree' | 'campus' | 'all';

export const dataScopeOrder: readonly DataScope[] = [
  'self',
  'department',
  'department_tree',
  'campus',
  'all',
];

/** Who is acting, as every service sees it: resolved once per request. */
export interface CurrentUser {
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  departmentId: string | null;
  campusId: string | null;
  adminKind: AdminKind | null;
  /** Function rights, each with the widest scope any role grants for it. */
  permissions: ReadonlyMap<string, DataScope>;
  sessionId: string;
  ip: string;
}

/** True when the user holds the permission at any scope. */
export function can(user: CurrentUser | null, permission: string): boolean {
  return user !== null && user.permissions.has(permission);
}
