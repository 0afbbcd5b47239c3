import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { PersonDepartmentTable, PersonTable } from '../../db/tables/organisation.ts';
import type { PersonRow } from './people.repository.ts';

export async function insertPeople(db: Executor, rows: Insertable<PersonTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('person').values(rows).execute();
}

export async function insertPersonDepartments(
  db: Executor,
  rows: Insertable<PersonDepartmentTable>[],
): Promise<void> {
  if (rows.length > 0) {
    await db
      .insertInto('person_department')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export function updatePersonRow(
  db: Executor,
  id: string,
  patch: Updateable<PersonTable>,
): Promise<PersonRow> {
  return db
    .updateTable('person')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces a person's memberships: the primary department plus the extra ones. */
export async function replaceMemberships(
  db: Executor,
  personId: string,
  primaryId: string,
  extraIds: readonly string[],
): Promise<void> {
  // Membership links are not business records: they are rewritten, the person row keeps history.
  await db.deleteFrom('person_department').where('person_id', '=', personId).execute();
  const extras = [...new Set(extraIds)].filter((id) => id !== primaryId);
  await insertPersonDepartments(db, [
    { person_id: personId, department_id: primaryId, is_primary: true },
    ...extras.map((id) => ({ person_id: personId, department_id: id, is_primary: false })),
  ]);
}

/** Rewrites the memberships of many people at once (imports). */
export async function replaceMembershipsBulk(
  db: Executor,
  entries: readonly { personId: string; primaryId: string; extraIds: readonly string[] }[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const batch = entries.slice(i, i + 500);
    await db
      .deleteFrom('person_department')
      .where(
        'person_id',
        'in',
        batch.map((e) => e.personId),
      )
      .execute();
    await insertPersonDepartments(
      db,
      batch.flatMap((e) => [
        { person_id: e.personId, department_id: e.primaryId, is_primary: true },
        ...[...new Set(e.extraIds)]
          .filter((id) => id !== e.primaryId)
          .map((id) => ({ person_id: e.personId, department_id: id, is_primary: false })),
      ]),
    );
  }
}

/** Sets many people's direct superiors in a few statements. */
export async function setSuperiors(
  db: Executor,
  pairs: readonly { id: string; superiorId: string | null }[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) {
    const values = pairs.slice(i, i + 500).map((p) => sql`(${p.id}::uuid, ${p.superiorId}::uuid)`);
    await sql`UPDATE person SET superior_id = v.superior_id, updated_at = ${now}
      FROM (VALUES ${sql.join(values)}) AS v (id, superior_id)
      WHERE person.id = v.id`.execute(db);
  }
}
