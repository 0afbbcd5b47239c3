import type { AdminKind } from '@yuanwu/kernel';

/**
 * The catalogue of function rights. Every API route names one of these (or
 * `public` / `authenticated`); the web app hides what a user lacks.
 * `reservedTo` marks rights only one of the three administrators can hold:
 * no role can grant them, which keeps 三员分立 structural.
 */
export const permissionCatalogue = {
  'org.read': { label: '查看组织架构与人员' },
  'org.manage': { label: '管理组织架构与人员' },
  'org.import': { label: '导入导出组织与人员' },
  'role.read': { label: '查看角色' },
  'role.manage': { label: '管理角色成员' },
  'workflow.start': { label: '发起流程' },
  'workflow.admin': { label: '流程监控与干预' },
  'workflow.design': { label: '设计流程与表单' },
  'workbench.configure': { label: '配置工作台布局' },
  'config.manage': { label: '系统配置', reservedTo: 'system' },
  'security.policy': { label: '安全策略', reservedTo: 'security' },
  'security.rights': { label: '角色授权', reservedTo: 'security' },
  'security.accounts': { label: '账号解锁与重置密码', reservedTo: 'security' },
  'audit.read': { label: '查阅审计日志', reservedTo: 'audit' },
  'audit.export': { label: '导出审计日志', reservedTo: 'audit' },
} as const satisfies Record<string, { label: string; reservedTo?: AdminKind }>;

export type Permission = keyof typeof permissionCatalogue;

/** Rights the three administrators hold by virtue of being that administrator. */
export const adminPermissions: Record<AdminKind, readonly Permission[]> = {
  system: [
    'org.read',
    'org.manage',
    'org.import',
    'role.read',
    'role.manage',
    'workflow.admin',
    'workflow.design',
    'workbench.configure',
    'config.manage',
  ],
  security: ['org.read', 'role.read', 'security.policy', 'security.rights', 'security.accounts'],
  audit: ['org.read', 'audit.read', 'audit.export'],
};

/** True when a role may carry the right (it is not reserved to an administrator). */
export function isGrantableToRoles(permission: Permission): boolean {
  return !('reservedTo' in permissionCatalogue[permission]);
}
