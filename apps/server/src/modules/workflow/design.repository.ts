import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ManageScope, ProcessRights, StartScope } from './design.schema.ts';

/** The rights of each process that has any, by key. */
export async function rightsByProcess(
  db: Executor,
  keys?: readonly string[],
): Promise<Map<string, ProcessRights>> {
  if (keys?.length === 0) return new Map();
  let query = db.selectFrom('workflow_process_rights').selectAll();
  if (keys) query = query.where('process_key', 'in', keys);
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      row.process_key,
      { start: row.start_scope as StartScope, manage: row.manage_scope as ManageScope },
    ]),
  );
}

export async function saveRights(
  db: Executor,
  key: string,
  rights: ProcessRights,
  by: string | null,
  now: Date,
): Promise<void> {
  const values = {
    start_scope: rights.start === null ? null : JSON.stringify(rights.start),
    manage_scope: rights.manage === null ? null : JSON.stringify(rights.manage),
    updated_by: by,
    updated_at: now,
  };
  await db
    .insertInto('workflow_process_rights')
    .values({ process_key: key, ...values })
    .onConflict((oc) => oc.column('process_key').doUpdateSet(values))
    .execute();
}

/** A department and every department above it (for "this department and below" scopes). */
export async function departmentAndAncestors(
  db: Executor,
  departmentId: string,
): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM department WHERE id = ${departmentId}
      UNION
      SELECT d.id, d.parent_id FROM department d JOIN up ON d.id = up.parent_id
    )
    SELECT id FROM up
  `.execute(db);
  return result.rows.map((row) => row.id);
}

/** A live person's department, or null. */
export async function personDepartment(db: Executor, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom('person')
    .select('department_id')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.department_id ?? null;
}
