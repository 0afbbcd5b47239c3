import { can, fail, type CurrentUser } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { rolesOfPerson } from '../org/index.ts';
import { departmentAndAncestors, personDepartment, rightsByProcess } from './design.repository.ts';
import type { ManageScope, StartScope } from './design.schema.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** The signed-in person as rights see them: their departments (with those above) and roles. */
export interface Holder {
  user: CurrentUser;
  personId: string | null;
  departments: ReadonlySet<string>;
  holdsRole(code: string): boolean;
}

export async function holderOf(ctx: ServiceContext, user: CurrentUser): Promise<Holder> {
  const personId = user.personId;
  if (personId === null) return anyoneOf(user);
  const department = await personDepartment(ctx.trx, personId);
  const [departments, roles] = await Promise.all([
    department === null ? [] : departmentAndAncestors(ctx.trx, department),
    rolesOfPerson(ctx.trx, personId),
  ]);
  const codes = new Set(roles.map((role) => role.code));
  return { user, personId, departments: new Set(departments), holdsRole: (c) => codes.has(c) };
}

/** The signed-in person without department or roles: enough for processes that name nobody. */
export function anyoneOf(user: CurrentUser): Holder {
  return { user, personId: user.personId, departments: new Set(), holdsRole: () => false };
}

/** 发起权限: no scope = everyone; otherwise a named person, role or department (and below). */
export function mayStart(holder: Holder, scope: StartScope | undefined): boolean {
  if (!can(holder.user, 'workflow.start')) return false;
  if (!scope) return true;
  if (holder.personId !== null && scope.people.includes(holder.personId)) return true;
  if (scope.roles.some((code) => holder.holdsRole(code))) return true;
  return scope.departments.some((id) => holder.departments.has(id));
}

/**
 * 管理权限: designers generally, or only the named people and roles. The system
 * administrator always may, so a process can never be locked away from everyone.
 */
export function mayManage(holder: Holder, scope: ManageScope | undefined): boolean {
  if (!can(holder.user, 'workflow.design')) return false;
  if (!scope || holder.user.adminKind === 'system') return true;
  if (holder.personId !== null && scope.people.includes(holder.personId)) return true;
  return scope.roles.some((code) => holder.holdsRole(code));
}

function signedIn(ctx: ServiceContext): CurrentUser {
  if (!ctx.actor) throw fail.forbidden('请先登录');
  return ctx.actor;
}

/** Refuses to start a process the signed-in person has no 发起权限 for. */
export async function assertMayStart(
  ctx: ServiceContext,
  runtime: Pick<WorkflowRuntime, 'processes'>,
  processKey: string,
): Promise<void> {
  const rights = (await runtime.processes.current(ctx.trx)).rights.get(processKey);
  if (!rights?.start) return;
  if (!mayStart(await holderOf(ctx, signedIn(ctx)), rights.start)) {
    throw fail.forbidden('你没有发起该流程的权限');
  }
}

/** Refuses to change a process the signed-in designer has no 管理权限 for. */
export async function assertMayManage(ctx: ServiceContext, processKey: string): Promise<void> {
  const rights = (await rightsByProcess(ctx.trx, [processKey])).get(processKey);
  if (!rights?.manage) return;
  if (!mayManage(await holderOf(ctx, signedIn(ctx)), rights.manage)) {
    throw fail.forbidden('你没有管理该流程的权限');
  }
}
