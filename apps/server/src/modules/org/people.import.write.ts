import { newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { ensurePositions } from './positions.service.ts';
import { capped } from './import.report.ts';
import { getPersonProfile } from './org.directory.ts';
import {
  hasPersonLifecycleListeners,
  notifyPersonCreated,
  notifyPersonStatusChanged,
} from './org.lifecycle.ts';
import type { PersonImportRow } from './people.import.ts';
import { findPeopleByEmployeeNos, type PersonRow } from './people.repository.ts';
import {
  insertPeople,
  replaceMembershipsBulk,
  setSuperiors,
  updatePersonRow,
} from './people.write.repository.ts';
import { personNameReadings } from './pinyin.ts';
import { personColumns as col } from './transfer.columns.ts';

type Changes = Record<string, { from: unknown; to: unknown }>;

function changesFor(
  row: PersonImportRow,
  existing: PersonRow,
  positionId: string | null,
  has: (h: string) => boolean,
): Changes {
  const changes: Changes = {};
  const compare = (field: string, from: unknown, to: unknown, header: string) => {
    if (has(header) && from !== to) changes[field] = { from, to };
  };
  compare('gender', existing.gender, row.gender, col.gender);
  compare('phone', existing.phone, row.phone, col.phone);
  compare('email', existing.email, row.email, col.email);
  if (existing.department_id !== row.department.id)
    changes.departmentId = { from: existing.department_id, to: row.department.id };
  compare('positionId', existing.position_id, positionId, col.position);
  if (row.status) compare('status', existing.status, row.status, col.status);
  return changes;
}

/**
 * Writes valid import rows: updates existing people (only columns present in
 * the file), inserts new ones in batches, then rewrites memberships and sets
 * superiors once every employee number of the file has an id.
 */
export async function writePeopleRows(
  ctx: ServiceContext,
  rows: PersonImportRow[],
  headers: Set<string>,
) {
  const has = (header: string) => headers.has(header);
  const positions = await ensurePositions(
    ctx,
    rows.map((r) => r.positionName).filter((n) => n !== null),
  );
  const positionOf = (row: PersonImportRow, fallback: string | null) =>
    has(col.position)
      ? row.positionName
        ? (positions.get(row.positionName) ?? null)
        : null
      : fallback;

  const created: { employeeNo: string; name: string }[] = [];
  const updated: { employeeNo: string; name: string; changes: Changes }[] = [];
  const statusChanges: { id: string; status: 'active' | 'disabled' }[] = [];
  const inserts = [];
  for (const row of rows) {
    if (row.existing) {
      const positionId = positionOf(row, row.existing.position_id);
      const changes = changesFor(row, row.existing, positionId, has);
      if (Object.keys(changes).length === 0) continue;
      await updatePersonRow(ctx.trx, row.existing.id, {
        gender: has(col.gender) ? row.gender : row.existing.gender,
        phone: has(col.phone) ? row.phone : row.existing.phone,
        email: has(col.email) ? row.email : row.existing.email,
        department_id: row.department.id,
        position_id: positionId,
        status: row.status ?? row.existing.status,
        updated_at: ctx.now,
      });
      if (changes.status && row.status)
        statusChanges.push({ id: row.existing.id, status: row.status });
      updated.push({ employeeNo: row.employeeNo, name: row.name, changes });
      continue;
    }
    const readings = personNameReadings(row.name);
    inserts.push({
      id: newId(),
      employee_no: row.employeeNo,
      name: row.name,
      gender: row.gender,
      phone: row.phone,
      email: row.email,
      department_id: row.department.id,
      position_id: positionOf(row, null),
      superior_id: null,
      status: row.status ?? 'active',
      name_pinyin: readings.pinyin,
      name_initials: readings.initials,
      created_at: ctx.now,
      updated_at: ctx.now,
      deleted_at: null,
    });
    created.push({ employeeNo: row.employeeNo, name: row.name });
  }
  for (let i = 0; i < inserts.length; i += 500)
    await insertPeople(ctx.trx, inserts.slice(i, i + 500));

  const people = await findPeopleByEmployeeNos(ctx.trx, [
    ...new Set(rows.flatMap((r) => (r.superiorNo ? [r.employeeNo, r.superiorNo] : [r.employeeNo]))),
  ]);
  const idOf = new Map(people.map((p) => [p.employee_no, p]));
  const personOf = (row: PersonImportRow) => idOf.get(row.employeeNo);
  await replaceMembershipsBulk(
    ctx.trx,
    rows.flatMap((row) => {
      const person = personOf(row);
      if (!person) return [];
      const extras = has(col.extraDepartments) ? row.extraDepartments.map((d) => d.id) : null;
      if (row.existing && extras === null && row.existing.department_id === row.department.id)
        return [];
      return [{ personId: person.id, primaryId: row.department.id, extraIds: extras ?? [] }];
    }),
  );
  let superiorsChanged = 0;
  if (has(col.superiorNo)) {
    const pairs = rows.flatMap((row) => {
      const person = personOf(row);
      const superiorId = row.superiorNo ? (idOf.get(row.superiorNo)?.id ?? null) : null;
      return person && person.superior_id !== superiorId ? [{ id: person.id, superiorId }] : [];
    });
    await setSuperiors(ctx.trx, pairs, ctx.now);
    superiorsChanged = pairs.length;
  }
  if (hasPersonLifecycleListeners()) {
    for (const entry of created) {
      const person = idOf.get(entry.employeeNo);
      const profile = person ? await getPersonProfile(ctx.trx, person.id) : null;
      if (profile) await notifyPersonCreated(ctx, profile);
    }
    for (const change of statusChanges)
      await notifyPersonStatusChanged(ctx, change.id, change.status);
  }
  return { created: capped(created), updated: capped(updated), superiorsChanged };
}
