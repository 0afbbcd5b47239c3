import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });

const code = z.string().trim().min(1, '请填写编码').max(32, '编码最多 32 个字符');
const name = z.string().trim().min(1, '请填写名称').max(64, '名称最多 64 个字符');
const sort = z.number().int().min(0).max(1_000_000);

/** `?page=&pageSize=` of every paged list (page starts at 1). */
export const pagingQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** `{ items, total, page, pageSize }` of a given item shape. */
export function pagedOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const searchQuery = z.object({
  q: z.string().max(64).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const campus = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  address: z.string(),
  sort: z.number().int(),
});
export const campusBody = z.object({
  code,
  name,
  address: z.string().trim().max(200).optional(),
  sort: sort.optional(),
});
export const campusPatch = campusBody.partial();

export const position = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sort: z.number().int(),
});

const kind = z.enum([
  'hospital',
  'clinical',
  'medical_technical',
  'nursing',
  'administrative',
  'logistics',
  'other',
]);

export const department = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind,
  campusId: z.uuid().nullable(),
  parentId: z.uuid().nullable(),
  headPersonId: z.uuid().nullable(),
  sort: z.number().int(),
});

/** A node of `GET /org/departments/tree`. */
export const departmentNode = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind,
  campusId: z.uuid().nullable(),
  parentId: z.uuid().nullable(),
  headPersonId: z.uuid().nullable(),
  headName: z.string().nullable(),
  memberCount: z.number().int(),
  get children() {
    return z.array(departmentNode);
  },
});

export const departmentBody = z.object({
  code,
  name,
  parentId: z.uuid().nullable().optional(),
  campusId: z.uuid().nullable().optional(),
  kind: kind.optional(),
  headPersonId: z.uuid().nullable().optional(),
  sort: sort.optional(),
});
export const departmentPatch = departmentBody.partial();
