import type { Executor } from '../../db/database.ts';

/** The account's own layout, if it set one. */
export async function userLayout(db: Executor, accountId: string) {
  return db
    .selectFrom('workbench_user_layout')
    .select(['layout', 'updated_at'])
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The first layout among the person's roles, by role order (sort, then code). */
export async function firstRoleLayout(db: Executor, personId: string) {
  return db
    .selectFrom('role_member')
    .innerJoin('role', 'role.id', 'role_member.role_id')
    .innerJoin('workbench_role_layout', 'workbench_role_layout.role_id', 'role.id')
    .select(['workbench_role_layout.layout', 'role.code'])
    .where('role_member.person_id', '=', personId)
    .where('role.deleted_at', 'is', null)
    .where('workbench_role_layout.deleted_at', 'is', null)
    .orderBy('role.sort')
    .orderBy('role.code')
    .limit(1)
    .executeTakeFirst();
}

export async function saveUserLayout(db: Executor, accountId: string, layout: unknown, at: Date) {
  await db
    .insertInto('workbench_user_layout')
    .values({ account_id: accountId, layout: JSON.stringify(layout), updated_at: at })
    .onConflict((oc) =>
      oc
        .column('account_id')
        .doUpdateSet({ layout: JSON.stringify(layout), updated_at: at, deleted_at: null }),
    )
    .execute();
}

/** Soft-deletes the account's layout; true when there was one. */
export async function removeUserLayout(db: Executor, accountId: string, at: Date) {
  const result = await db
    .updateTable('workbench_user_layout')
    .set({ deleted_at: at, updated_at: at })
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every live role with its layout (null when it has none), in role order. */
export async function rolesWithLayouts(db: Executor) {
  return db
    .selectFrom('role')
    .leftJoin('workbench_role_layout', (join) =>
      join
        .onRef('workbench_role_layout.role_id', '=', 'role.id')
        .on('workbench_role_layout.deleted_at', 'is', null),
    )
    .select([
      'role.id',
      'role.code',
      'role.name',
      'workbench_role_layout.layout',
      'workbench_role_layout.updated_at',
    ])
    .where('role.deleted_at', 'is', null)
    .orderBy('role.sort')
    .orderBy('role.code')
    .execute();
}

export async function roleByCode(db: Executor, code: string) {
  return db
    .selectFrom('role')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function saveRoleLayout(
  db: Executor,
  roleId: string,
  layout: unknown,
  by: string,
  at: Date,
) {
  const json = JSON.stringify(layout);
  await db
    .insertInto('workbench_role_layout')
    .values({ role_id: roleId, layout: json, updated_by: by, updated_at: at })
    .onConflict((oc) =>
      oc
        .column('role_id')
        .doUpdateSet({ layout: json, updated_by: by, updated_at: at, deleted_at: null }),
    )
    .execute();
}

export async function removeRoleLayout(db: Executor, roleId: string, by: string, at: Date) {
  const result = await db
    .updateTable('workbench_role_layout')
    .set({ deleted_at: at, updated_at: at, updated_by: by })
    .where('role_id', '=', roleId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
