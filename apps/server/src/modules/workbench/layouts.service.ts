import type { RoleLayout, WorkbenchLayout } from '@yuanwu/contracts';
import { AppError } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  firstRoleLayout,
  removeRoleLayout,
  removeUserLayout,
  roleByCode,
  rolesWithLayouts,
  saveRoleLayout,
  saveUserLayout,
  userLayout,
} from './layouts.repository.ts';
import { actorOf } from './workbench.actor.ts';
import { defaultLayout, widgetLayout, type WidgetSlot } from './workbench.schema.ts';

/** A stored layout read back; one that no longer validates (a widget was retired) is dropped. */
function parsed(stored: unknown): WidgetSlot[] | null {
  const result = widgetLayout.safeParse(stored);
  return result.success ? result.data : null;
}

/** My workbench: my own layout, else my first role's (by role order), else the default. */
export async function effectiveLayout(ctx: ServiceContext): Promise<WorkbenchLayout> {
  const actor = actorOf(ctx);
  const mine = await userLayout(ctx.trx, actor.accountId);
  const own = mine ? parsed(mine.layout) : null;
  if (own) return { layout: own, source: 'user' };
  if (actor.personId) {
    const role = await firstRoleLayout(ctx.trx, actor.personId);
    const fromRole = role ? parsed(role.layout) : null;
    if (fromRole) return { layout: fromRole, source: 'role' };
  }
  return { layout: [...defaultLayout], source: 'default' };
}

export async function setMyLayout(ctx: ServiceContext, layout: WidgetSlot[]): Promise<void> {
  const actor = actorOf(ctx);
  await saveUserLayout(ctx.trx, actor.accountId, layout, ctx.now);
  await ctx.audit({
    action: 'workbench.layout.save',
    targetType: 'account',
    targetId: actor.accountId,
    summary: { widgets: layout.map((slot) => slot.widget) },
  });
}

export async function resetMyLayout(ctx: ServiceContext): Promise<void> {
  const actor = actorOf(ctx);
  const removed = await removeUserLayout(ctx.trx, actor.accountId, ctx.now);
  await ctx.audit({
    action: 'workbench.layout.reset',
    targetType: 'account',
    targetId: actor.accountId,
    summary: { removed },
  });
}

/** Every role and its layout, for the 工作台配置 screen. */
export async function roleLayouts(ctx: ServiceContext): Promise<RoleLayout[]> {
  const rows = await rolesWithLayouts(ctx.trx);
  return rows.map((row) => ({
    roleCode: row.code,
    roleName: row.name,
    layout: row.layout === null ? null : parsed(row.layout),
    updatedAt: row.updated_at?.toISOString() ?? null,
  }));
}

async function roleOrFail(ctx: ServiceContext, code: string) {
  const role = await roleByCode(ctx.trx, code);
  if (!role) throw new AppError('not_found', '角色不存在');
  return role;
}

export async function setRoleLayout(
  ctx: ServiceContext,
  code: string,
  layout: WidgetSlot[],
): Promise<void> {
  const actor = actorOf(ctx);
  const role = await roleOrFail(ctx, code);
  await saveRoleLayout(ctx.trx, role.id, layout, actor.accountId, ctx.now);
  await ctx.audit({
    action: 'workbench.role-layout.save',
    targetType: 'role',
    targetId: role.id,
    summary: { role: role.code, widgets: layout.map((slot) => slot.widget) },
  });
}

export async function resetRoleLayout(ctx: ServiceContext, code: string): Promise<void> {
  const actor = actorOf(ctx);
  const role = await roleOrFail(ctx, code);
  const removed = await removeRoleLayout(ctx.trx, role.id, actor.accountId, ctx.now);
  await ctx.audit({
    action: 'workbench.role-layout.reset',
    targetType: 'role',
    targetId: role.id,
    summary: { role: role.code, removed },
  });
}
