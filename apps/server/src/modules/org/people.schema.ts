import { z } from 'zod';
import { peopleSorts } from './people.list.repository.ts';
import { emailPattern, employeeNoPattern, isPhone } from './people.rules.ts';

const gender = z.enum(['male', 'female', 'unknown']);
const status = z.enum(['active', 'disabled']);

/** PersonSummary of api-v1.md. */
export const personSummary = z.object({
  id: z.uuid(),
  employeeNo: z.string(),
  name: z.string(),
  gender,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  positionName: z.string().nullable(),
  status,
  superiorName: z.string().nullable(),
});

export const personDetail = personSummary.extend({
  positionId: z.uuid().nullable(),
  superiorId: z.uuid().nullable(),
  campusId: z.uuid().nullable(),
  extraDepartmentIds: z.array(z.uuid()),
});

export const personPick = z.object({
  id: z.uuid(),
  employeeNo: z.string(),
  name: z.string(),
  departmentName: z.string(),
  positionName: z.string().nullable(),
});

export const peopleListQuery = z.object({
  q: z.string().max(64).optional(),
  departmentId: z.uuid().optional(),
  subtree: z.stringbool().optional(),
  status: status.optional(),
  roleId: z.uuid().optional(),
  sort: z.enum(peopleSorts).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const blankToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

const phone = z
  .string()
  .max(32)
  .nullable()
  .optional()
  .transform(blankToNull)
  .refine((v) => v == null || isPhone(v), '手机号码格式不正确（手机 11 位或固话如 010-12345678）');
const email = z
  .string()
  .max(128)
  .nullable()
  .optional()
  .transform(blankToNull)
  .refine((v) => v == null || emailPattern.test(v), '邮箱格式不正确');

export const personBody = z.object({
  employeeNo: z
    .string()
    .trim()
    .regex(employeeNoPattern, '工号只能包含字母、数字和短横线，最多 32 位'),
  name: z.string().trim().min(1, '请填写姓名').max(32, '姓名最多 32 个字'),
  gender: gender.optional(),
  phone,
  email,
  departmentId: z.uuid(),
  positionId: z.uuid().nullable().optional(),
  superiorId: z.uuid().nullable().optional(),
  extraDepartmentIds: z.array(z.uuid()).max(20).optional(),
  sort: z.number().int().min(0).max(1_000_000).optional(),
});
export const personPatch = personBody.partial();

export const moveBody = z.object({ departmentId: z.uuid() });
