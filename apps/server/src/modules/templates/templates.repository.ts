import type { Executor } from '../../db/database.ts';

/**
 * Read-only, from the workflow module's table: the current version of every
 * live process, so the gallery can tell what is installed regardless of who
 * may start it (the workflow module's own lists filter by start rights).
 */
export async function installedVersions(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('workflow_process')
    .select(['key', 'current_version'])
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.key, row.current_version]));
}
