import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { changesOf } from './org.changes.ts';
import { departmentHeadOf, getPersonProfile } from './org.directory.ts';
import { notifyPersonRenamed, notifyPersonStatusChanged } from './org.lifecycle.ts';
import type { PersonProfile, PersonStatus } from './org.types.ts';
import { assertReaches, checkPersonRefs, requireDepartment } from './people.checks.ts';
import { replaceMemberships, updatePersonRow } from './people.write.repository.ts';
import type { PersonInput } from './people.service.ts';
import { personNameReadings } from './pinyin.ts';

async function requireProfile(ctx: ServiceContext, id: string): Promise<PersonProfile> {
  const profile = await getPersonProfile(ctx.trx, id);
  if (!profile) throw fail.notFound('人员');
  return profile;
}

/** Edits a person; a new name gets new pinyin readings, new departments new memberships. */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  patch: Partial<PersonInput>,
): Promise<PersonProfile> {
  const before = await requireProfile(ctx, id);
  const department = await checkPersonRefs(ctx, patch, id);
  await assertReaches(ctx, 'org.manage', { personId: id, department });
  const changes = changesOf(before, patch);
  if (Object.keys(changes).length === 0) return before;
  const readings = patch.name ? personNameReadings(patch.name) : null;
  await updatePersonRow(ctx.trx, id, {
    ...(patch.employeeNo !== undefined && { employee_no: patch.employeeNo }),
    ...(patch.name !== undefined && { name: patch.name }),
    ...(readings && { name_pinyin: readings.pinyin, name_initials: readings.initials }),
    ...(patch.gender !== undefined && { gender: patch.gender }),
    ...(patch.phone !== undefined && { phone: patch.phone }),
    ...(patch.email !== undefined && { email: patch.email }),
    ...(patch.departmentId !== undefined && { department_id: patch.departmentId }),
    ...(patch.positionId !== undefined && { position_id: patch.positionId }),
    ...(patch.superiorId !== undefined && { superior_id: patch.superiorId }),
    ...(patch.sort !== undefined && { sort: patch.sort }),
    updated_at: ctx.now,
  });
  if ('departmentId' in changes || 'extraDepartmentIds' in changes) {
    const primary = patch.departmentId ?? before.departmentId;
    const extras = patch.extraDepartmentIds ?? before.extraDepartmentIds;
    await replaceMemberships(ctx.trx, id, primary, extras);
  }
  const after = await requireProfile(ctx, id);
  await ctx.audit({
    action: 'org.person.update',
    targetType: 'person',
    targetId: id,
    summary: { employeeNo: after.employeeNo, name: after.name, changes },
  });
  if ('name' in changes) await notifyPersonRenamed(ctx, { id, name: after.name });
  return after;
}

/** Disables or re-enables a person; the lifecycle listener hears of it (accounts follow). */
export async function setPersonStatus(
  ctx: ServiceContext,
  id: string,
  status: PersonStatus,
): Promise<PersonProfile> {
  const before = await requireProfile(ctx, id);
  await assertReaches(ctx, 'org.manage', { personId: id });
  if (before.status === status) return before;
  await updatePersonRow(ctx.trx, id, { status, updated_at: ctx.now });
  await ctx.audit({
    action: status === 'disabled' ? 'org.person.disable' : 'org.person.enable',
    targetType: 'person',
    targetId: id,
    summary: {
      employeeNo: before.employeeNo,
      name: before.name,
      status: { from: before.status, to: status },
    },
  });
  await notifyPersonStatusChanged(ctx, id, status);
  return requireProfile(ctx, id);
}

/**
 * Moves a person to another primary department (调科室). Their direct
 * superior becomes the new department's head (unless they are that head);
 * if the new department was one of their extra departments it stops being extra.
 */
export async function movePerson(
  ctx: ServiceContext,
  id: string,
  departmentId: string,
): Promise<PersonProfile> {
  const before = await requireProfile(ctx, id);
  const department = await requireDepartment(ctx, departmentId);
  await assertReaches(ctx, 'org.manage', { personId: id, department });
  if (before.departmentId === departmentId) return before;
  await updatePersonRow(ctx.trx, id, { department_id: departmentId, updated_at: ctx.now });
  const heads = [
    await departmentHeadOf(ctx.trx, departmentId, 1),
    await departmentHeadOf(ctx.trx, departmentId, 2),
  ];
  const superior = heads.find((head) => head && head.id !== id) ?? null;
  await updatePersonRow(ctx.trx, id, { superior_id: superior?.id ?? null });
  await replaceMemberships(ctx.trx, id, departmentId, before.extraDepartmentIds);
  const after = await requireProfile(ctx, id);
  await ctx.audit({
    action: 'org.person.move',
    targetType: 'person',
    targetId: id,
    summary: {
      employeeNo: after.employeeNo,
      name: after.name,
      department: { from: before.departmentName, to: after.departmentName },
      superior: { from: before.superiorName, to: after.superiorName },
    },
  });
  return after;
}
