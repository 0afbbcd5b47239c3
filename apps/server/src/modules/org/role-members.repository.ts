import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { inDepartment } from './people.query.ts';
import { peopleView, personViewColumns, type PersonViewRow } from './people.repository.ts';
import type { RoleRow } from './roles.repository.ts';

/** Adds members (already members are left alone); returns the ids actually added. */
export async function insertRoleMembers(
  db: Executor,
  roleId: string,
  personIds: readonly string[],
  now: Date,
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .insertInto('role_member')
    .values(
      personIds.map((personId) => ({ role_id: roleId, person_id: personId, created_at: now })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('person_id')
    .execute();
  return rows.map((row) => row.person_id);
}

/** Removes one membership link; true when there was one. */
export async function deleteRoleMember(
  db: Executor,
  roleId: string,
  personId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('role_member')
    .where('role_id', '=', roleId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The live roles a person holds explicitly, plus every built-in role. */
export function roleRowsOfPerson(db: Executor, personId: string): Promise<RoleRow[]> {
  return db
    .selectFrom('role as r')
    .selectAll('r')
    .where('r.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('r.builtin', '=', true),
        eb.exists(
          eb
            .selectFrom('role_member as rm')
            .select('rm.role_id')
            .whereRef('rm.role_id', '=', 'r.id')
            .where('rm.person_id', '=', personId),
        ),
      ]),
    )
    .orderBy('r.sort')
    .orderBy('r.code')
    .execute();
}

/**
 * Active people holding a role (every active person for a built-in role),
 * optionally only those belonging to a department or its subtree.
 */
export function roleHolderRows(
  db: Executor,
  role: RoleRow,
  department: { id: string; subtreePath: string | null } | null,
): Promise<PersonViewRow[]> {
  return peopleView(db)
    .select(personViewColumns)
    .where('p.status', '=', 'active')
    .where((eb) =>
      role.builtin
        ? eb.lit(true)
        : eb.exists(
            eb
              .selectFrom('role_member as rm')
              .select('rm.person_id')
              .whereRef('rm.person_id', '=', 'p.id')
              .where('rm.role_id', '=', role.id),
          ),
    )
    .where(department ? inDepartment(department.id, department.subtreePath) : sql<boolean>`true`)
    .orderBy('p.employee_no')
    .execute();
}
