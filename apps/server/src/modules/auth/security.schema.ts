import { isGrantableToRoles, permissionCatalogue, type Permission } from '@yuanwu/contracts';
import type { DataScope } from '@yuanwu/kernel';
import { z } from 'zod';

const dataScopes = [
  'self',
  'department',
  'department_tree',
  'campus',
  'all',
] as const satisfies readonly DataScope[];

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** `PUT /security/policy`: the whole policy; bounds match the table's checks. */
export const securityPolicyBody = z
  .object({
    minLength: int(6, 128),
    maxLength: int(8, 256),
    minCharClasses: int(1, 4),
    forbidUsername: z.boolean(),
    forbidCommon: z.boolean(),
    expiryDays: int(0, 3650),
    historyCount: int(0, 24),
    lockoutThreshold: int(1, 100),
    lockoutWindowMinutes: int(1, 1440),
    lockoutMinutes: int(1, 1440),
    idleMinutes: int(1, 1440),
    adminIdleMinutes: int(1, 1440),
    absoluteHours: int(1, 168),
    maxFailuresPerHour: int(1, 100_000),
  })
  .refine((policy) => policy.minLength <= policy.maxLength, {
    path: ['maxLength'],
    message: '最大长度不能小于最小长度',
  });

/** `GET /security/accounts` filters and paging. */
export const accountListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'disabled', 'locked']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Any `:id` path parameter; a malformed id is simply not found. */
export const idParams = z.object({ id: z.string().max(100) });

/** `PUT /security/accounts/:id/admin-kind`. */
export const adminKindBody = z.object({
  adminKind: z.enum(['system', 'security', 'audit']).nullable(),
});

const permissionName = z
  .string()
  .refine((text) => Object.hasOwn(permissionCatalogue, text), { message: '没有这项权限' })
  .refine(
    (text) => !Object.hasOwn(permissionCatalogue, text) || isGrantableToRoles(text as Permission),
    {
      message: '该权限只属于三员管理员，不能授予角色',
    },
  );

/** `PUT /security/roles/:id/permissions`: reserved rights are refused (三员分立). */
export const roleGrantsBody = z.object({
  grants: z
    .array(
      z.object({
        permission: permissionName,
        scope: z.enum(dataScopes),
      }),
    )
    .max(100)
    .refine((grants) => new Set(grants.map((grant) => grant.permission)).size === grants.length, {
      message: '同一权限只能授予一次',
    }),
});
