import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { hasHan } from './org.changes.ts';
import { findPeopleRows } from './people.repository.ts';
import { pinyinQuery } from './pinyin.ts';
import { deleteRoleMember, insertRoleMembers } from './role-members.repository.ts';
import { findRole, roleMemberRows, type RoleMemberRow, type RoleRow } from './roles.repository.ts';

async function requireRole(ctx: ServiceContext, id: string): Promise<RoleRow> {
  const role = await findRole(ctx.trx, id);
  if (!role) throw fail.notFound('角色');
  return role;
}

/** One page of a role's members (every active person for 员工). */
export async function roleMembers(
  ctx: ServiceContext,
  id: string,
  query: { q?: string; page: number; pageSize: number },
): Promise<{ rows: RoleMemberRow[]; total: number }> {
  const role = await requireRole(ctx, id);
  const text = query.q?.trim() ?? '';
  const match = text ? { text, pinyin: pinyinQuery(text), contains: hasHan(text) } : null;
  return roleMemberRows(ctx.trx, role, { match, page: query.page, pageSize: query.pageSize });
}

function refuseBuiltin(role: RoleRow): void {
  if (role.builtin) throw fail.conflict(`${role.name}角色由全体人员自动持有，不能增删成员`);
}

/** Adds people to a role; those already members are left alone. */
export async function addRoleMembers(
  ctx: ServiceContext,
  id: string,
  personIds: string[],
): Promise<{ added: number }> {
  const role = await requireRole(ctx, id);
  refuseBuiltin(role);
  const unique = [...new Set(personIds)];
  const people = await findPeopleRows(ctx.trx, unique);
  const known = new Set(people.map((p) => p.id));
  const missing = unique.findIndex((personId) => !known.has(personId));
  if (missing >= 0) {
    throw fail.validation('人员不存在', [{ path: `personIds[${missing}]`, message: '人员不存在' }]);
  }
  const added = await insertRoleMembers(ctx.trx, id, unique, ctx.now);
  const names = people
    .filter((p) => added.includes(p.id))
    .map((p) => `${p.name}(${p.employee_no})`);
  await ctx.audit({
    action: 'org.role.add_members',
    targetType: 'role',
    targetId: id,
    summary: { role: role.name, added: names, alreadyMembers: unique.length - added.length },
  });
  return { added: added.length };
}

/** Removes one person from a role. */
export async function removeRoleMember(
  ctx: ServiceContext,
  id: string,
  personId: string,
): Promise<void> {
  const role = await requireRole(ctx, id);
  refuseBuiltin(role);
  const [person] = await findPeopleRows(ctx.trx, [personId]);
  if (!(await deleteRoleMember(ctx.trx, id, personId))) throw fail.notFound('角色成员');
  await ctx.audit({
    action: 'org.role.remove_member',
    targetType: 'role',
    targetId: id,
    summary: {
      role: role.name,
      removed: person ? `${person.name}(${person.employee_no})` : personId,
    },
  });
}
