import { fail, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { changesOf } from './org.changes.ts';
import {
  findRole,
  findRoleByCode,
  findRoleGroup,
  insertRoleGroups,
  insertRoles,
  listRoleGroups,
  listRoles,
  updateRoleRow,
  type RoleGroupRow,
  type RoleListRow,
  type RoleRow,
} from './roles.repository.ts';

export interface RoleInput {
  code: string;
  name: string;
  description?: string;
  groupId?: string | null;
  sort?: number;
}

export const roles = (ctx: ServiceContext): Promise<RoleListRow[]> => listRoles(ctx.trx);
export const roleGroups = (ctx: ServiceContext) => listRoleGroups(ctx.trx);

async function requireRole(ctx: ServiceContext, id: string): Promise<RoleRow> {
  const role = await findRole(ctx.trx, id);
  if (!role) throw fail.notFound('角色');
  return role;
}

async function roleListRow(ctx: ServiceContext, id: string): Promise<RoleListRow> {
  const [row] = await listRoles(ctx.trx, id);
  if (!row) throw fail.notFound('角色');
  return row;
}

async function checkRole(ctx: ServiceContext, input: Partial<RoleInput>, selfId?: string) {
  if (input.code && (await findRoleByCode(ctx.trx, input.code, selfId))) {
    throw fail.conflict(`角色编码 ${input.code} 已存在`);
  }
  if (input.groupId && !(await findRoleGroup(ctx.trx, input.groupId))) {
    throw fail.validation('角色组不存在', [{ path: 'groupId', message: '角色组不存在' }]);
  }
}

/** Adds a custom role. */
export async function createRole(ctx: ServiceContext, input: RoleInput): Promise<RoleListRow> {
  await checkRole(ctx, input);
  const id = newId();
  await insertRoles(ctx.trx, [
    {
      id,
      code: input.code,
      name: input.name,
      description: input.description ?? '',
      group_id: input.groupId ?? null,
      builtin: false,
      sort: input.sort ?? 0,
      created_at: ctx.now,
      updated_at: ctx.now,
      deleted_at: null,
    },
  ]);
  await ctx.audit({
    action: 'org.role.create',
    targetType: 'role',
    targetId: id,
    summary: { code: input.code, name: input.name },
  });
  return roleListRow(ctx, id);
}

/** Edits a role; a built-in role keeps its code. */
export async function updateRole(
  ctx: ServiceContext,
  id: string,
  patch: Partial<RoleInput>,
): Promise<RoleListRow> {
  const before = await requireRole(ctx, id);
  if (before.builtin && patch.code !== undefined && patch.code !== before.code) {
    throw fail.conflict('内置角色的编码不能修改');
  }
  await checkRole(ctx, patch, id);
  const current = {
    code: before.code,
    name: before.name,
    description: before.description,
    groupId: before.group_id,
    sort: before.sort,
  };
  const changes = changesOf(current, patch);
  if (Object.keys(changes).length === 0) return roleListRow(ctx, id);
  const row = await updateRoleRow(ctx.trx, id, {
    ...(patch.code !== undefined && { code: patch.code }),
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.groupId !== undefined && { group_id: patch.groupId }),
    ...(patch.sort !== undefined && { sort: patch.sort }),
    updated_at: ctx.now,
  });
  await ctx.audit({
    action: 'org.role.update',
    targetType: 'role',
    targetId: id,
    summary: { code: row.code, name: row.name, changes },
  });
  return roleListRow(ctx, id);
}

/** Adds a custom role group (角色组). */
export async function createRoleGroup(
  ctx: ServiceContext,
  input: { name: string; sort?: number },
): Promise<RoleGroupRow & { role_count: number }> {
  const id = newId();
  await insertRoleGroups(ctx.trx, [
    { id, name: input.name, sort: input.sort ?? 0, created_at: ctx.now, deleted_at: null },
  ]);
  await ctx.audit({
    action: 'org.role_group.create',
    targetType: 'role_group',
    targetId: id,
    summary: { name: input.name },
  });
  const group = await findRoleGroup(ctx.trx, id);
  if (!group) throw fail.notFound('角色组');
  return { ...group, role_count: 0 };
}
