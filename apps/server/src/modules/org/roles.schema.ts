import { z } from 'zod';

export const role = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  groupId: z.uuid().nullable(),
  groupName: z.string().nullable(),
  memberCount: z.number().int(),
  builtin: z.boolean(),
});

export const roleBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,47}$/, '角色编码用小写字母、数字和下划线，以字母开头'),
  name: z.string().trim().min(1, '请填写角色名称').max(32),
  description: z.string().trim().max(200).optional(),
  groupId: z.uuid().nullable().optional(),
  sort: z.number().int().min(0).max(1_000_000).optional(),
});
export const rolePatch = roleBody.partial();

export const roleGroup = z.object({
  id: z.uuid(),
  name: z.string(),
  sort: z.number().int(),
  roleCount: z.number().int(),
});
export const roleGroupBody = z.object({
  name: z.string().trim().min(1, '请填写角色组名称').max(32),
  sort: z.number().int().min(0).max(1_000_000).optional(),
});

export const roleMember = z.object({
  id: z.uuid(),
  employeeNo: z.string(),
  name: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  positionName: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  addedAt: z.string().nullable(),
});

export const membersQuery = z.object({
  q: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const membersBody = z.object({ personIds: z.array(z.uuid()).min(1).max(500) });
export const memberParams = z.object({ id: z.uuid(), personId: z.uuid() });
