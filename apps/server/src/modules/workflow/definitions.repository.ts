import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkflowDefinitionTable, WorkflowProcessTable } from '../../db/tables/workflow.ts';

export type ProcessRow = Selectable<WorkflowProcessTable>;
export type DefinitionRow = Selectable<WorkflowDefinitionTable>;

/** A live process by key. */
export function findProcess(db: Executor, key: string): Promise<ProcessRow | undefined> {
  return db
    .selectFrom('workflow_process')
    .selectAll()
    .where('key', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Creates the process row if it is new, then locks it: two deployments of one
 * key get consecutive version numbers instead of colliding.
 */
export async function lockProcessForDeploy(
  db: Executor,
  key: string,
  name: string,
  now: Date,
): Promise<ProcessRow> {
  await db
    .insertInto('workflow_process')
    .values({ key, name, category_id: null, current_version: 0, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return db
    .selectFrom('workflow_process')
    .selectAll()
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function insertDefinition(
  db: Executor,
  row: {
    id: string;
    processKey: string;
    version: number;
    definition: unknown;
    createdBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('workflow_definition')
    .values({
      id: row.id,
      process_key: row.processKey,
      version: row.version,
      definition: JSON.stringify(row.definition),
      created_at: row.now,
      created_by: row.createdBy,
    })
    .execute();
}

export async function setCurrentVersion(
  db: Executor,
  key: string,
  changes: { name: string; version: number; categoryId?: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable('workflow_process')
    .set({
      name: changes.name,
      current_version: changes.version,
      updated_at: changes.now,
      deleted_at: null,
      ...(changes.categoryId === undefined ? {} : { category_id: changes.categoryId }),
    })
    .where('key', '=', key)
    .execute();
}

export function findDefinitionById(db: Executor, id: string): Promise<DefinitionRow | undefined> {
  return db.selectFrom('workflow_definition').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDefinitionVersion(
  db: Executor,
  key: string,
  version: number,
): Promise<DefinitionRow | undefined> {
  return db
    .selectFrom('workflow_definition')
    .selectAll()
    .where('process_key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The id of a live process's current version (without the definition itself). */
export async function findCurrentDefinitionId(
  db: Executor,
  key: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('workflow_process as p')
    .innerJoin('workflow_definition as d', (join) =>
      join.onRef('d.process_key', '=', 'p.key').onRef('d.version', '=', 'p.current_version'),
    )
    .select('d.id')
    .where('p.key', '=', key)
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Versions of a process, newest first (without the definitions). */
export function versionsOf(db: Executor, key: string) {
  return db
    .selectFrom('workflow_definition')
    .select(['id', 'version', 'created_at', 'created_by'])
    .where('process_key', '=', key)
    .orderBy('version', 'desc')
    .execute();
}

/** Live processes with their category, optionally filtered by name/key text and category. */
/**
 * Every live process with its category and its current version's id, in catalogue order
 * (category, then name): what the processes cache keeps.
 */
export function catalogueRows(db: Executor) {
  return db
    .selectFrom('workflow_process')
    .innerJoin('workflow_definition as d', (join) =>
      join
        .onRef('d.process_key', '=', 'workflow_process.key')
        .onRef('d.version', '=', 'workflow_process.current_version'),
    )
    .leftJoin('workflow_category', 'workflow_category.id', 'workflow_process.category_id')
    .select([
      'workflow_process.key',
      'workflow_process.name',
      'workflow_process.category_id',
      'workflow_process.current_version',
      'workflow_process.updated_at',
      'workflow_category.name as category_name',
      'workflow_category.colour as category_colour',
      'd.id as definition_id',
    ])
    .where('workflow_process.deleted_at', 'is', null)
    .orderBy('workflow_category.sort')
    .orderBy('workflow_process.name')
    .execute();
}

export type CatalogueRow = Awaited<ReturnType<typeof catalogueRows>>[number];
