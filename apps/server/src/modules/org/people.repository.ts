import { sql, type Expression, type Selectable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { PersonTable } from '../../db/tables/organisation.ts';
import { compiledPerShape } from '../../db/compiled-once.ts';
import { genericPlan } from '../../db/prepared.ts';
import {
  matchConditionOf,
  matchRankOf,
  matchValues,
  scopeCondition,
  type MatchValues,
  type PeopleMatch,
  type PeopleScope,
} from './people.query.ts';

/** A person as the application reads it: every column but the search's tsvector. */
export type PersonRow = Omit<Selectable<PersonTable>, 'search_readings'>;

const personRowColumns = [
  'id',
  'employee_no',
  'name',
  'gender',
  'phone',
  'email',
  'department_id',
  'position_id',
  'superior_id',
  'status',
  'name_pinyin',
  'name_initials',
  'sort',
  'created_at',
  'updated_at',
  'deleted_at',
] as const satisfies readonly (keyof PersonRow)[];

/** A person with the names the lists and pickers show. */
export interface PersonViewRow extends PersonRow {
  department_name: string;
  department_code: string;
  department_path: string;
  campus_id: string | null;
  position_name: string | null;
  superior_name: string | null;
  superior_employee_no: string | null;
}

/** Live people joined with department, position and superior (alias `p`). */
export function peopleView(db: Executor) {
  return db
    .selectFrom('person as p')
    .innerJoin('department as d', 'd.id', 'p.department_id')
    .leftJoin('position as pos', 'pos.id', 'p.position_id')
    .leftJoin('person as sup', 'sup.id', 'p.superior_id')
    .where('p.deleted_at', 'is', null);
}

/** The columns of a PersonViewRow. */
export const personViewColumns = [
  ...personRowColumns.map((column) => `p.${column}` as const),
  'd.name as department_name',
  'd.code as department_code',
  'd.path as department_path',
  'd.campus_id as campus_id',
  'pos.name as position_name',
  'sup.name as superior_name',
  'sup.employee_no as superior_employee_no',
] as const;

export async function findPersonRow(db: Executor, id: string): Promise<PersonRow | null> {
  const row = await db
    .selectFrom('person')
    .select(personRowColumns)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** One live person with department, position and superior names. */
export async function findPersonView(db: Executor, id: string): Promise<PersonViewRow | null> {
  const row = await peopleView(db)
    .select(personViewColumns)
    .where('p.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Live people with these employee numbers. */
export function findPeopleByEmployeeNos(db: Executor, numbers: string[]): Promise<PersonRow[]> {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person')
    .select(personRowColumns)
    .where('employee_no', 'in', numbers)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Live people by id. */
export function findPeopleRows(db: Executor, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person')
    .select(personRowColumns)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
}

/** What a picker shows of a person found by a search. */
export interface PersonPickRow {
  id: string;
  employee_no: string;
  name: string;
  department_name: string | null;
  position_name: string | null;
}

/** What changes the picker search's statement, rather than only its values. */
interface PickerShape {
  activeOnly: boolean;
  exclude: boolean;
  /** Typed digits: an employee number, kept in number order. */
  byNumber: boolean;
  reading: boolean;
  contains: boolean;
}

type PickerValues = MatchValues & { limit: number; exclude: readonly string[] };

// One statement per shape, each built and compiled once: the picker searches on every
// keystroke, and building the statement again took about a third of the server's time for
// a search (0.57 → 0.39 ms, docs/benchmarks.md).
const pickerSearches = compiledPerShape(
  (shape: PickerShape) => JSON.stringify(shape),
  (shape) => (qdb, standIns: PickerValues) => pickerQuery(qdb, shape, standIns),
);

/**
 * Picker search over live people, best match first. The matches are ranked and cut to the
 * page on the person table alone; only the page's people then get their department's and
 * position's names. Joining first hashed all 300 departments for every keystroke and
 * planned a four-table join: 1.6 → 0.95 ms a search on the benchmark's 10,000 people.
 * Its generic plan (prefixes as ranges, people.query.ts) is the custom one without
 * planning every keystroke, which cost PostgreSQL as much as running it.
 */
export async function searchPeopleRows(
  db: Executor,
  match: PeopleMatch,
  options: { limit: number; activeOnly: boolean; exclude?: string[] },
): Promise<PersonPickRow[]> {
  const values = matchValues(match);
  const shape: PickerShape = {
    activeOnly: options.activeOnly,
    exclude: (options.exclude?.length ?? 0) > 0,
    byNumber: /^\d/.test(match.text),
    reading: values.readingQuery !== null,
    contains: values.contains !== null,
  };
  const found = await pickerSearches.execute(db, shape, {
    ...values,
    limit: options.limit,
    exclude: options.exclude ?? [],
  });
  return found.rows;
}

/** The picker's statement of one shape; `given` are the values (stand-ins, compiledOnce). */
function pickerQuery(db: Executor, shape: PickerShape, given: PickerValues) {
  // Only what this shape searches: the others are null whatever the stand-ins say.
  const values: MatchValues = {
    text: given.text,
    textEnd: given.textEnd,
    readingQuery: shape.reading ? given.readingQuery : null,
    wholeReading: shape.reading ? given.wholeReading : null,
    contains: shape.contains ? given.contains : null,
  };
  const conditions: Expression<SqlBool>[] = [matchConditionOf(values)];
  if (shape.activeOnly) conditions.push(sql<SqlBool>`p.status = 'active'`);
  if (shape.exclude) conditions.push(sql<SqlBool>`p.id <> ALL(${given.exclude})`);
  const matches = db
    .selectFrom('person as p')
    .select([
      'p.id',
      'p.employee_no',
      'p.name',
      'p.name_pinyin',
      'p.department_id',
      'p.position_id',
      matchRankOf(values).as('rank'),
      sql<number>`length(p.name)`.as('name_length'),
    ])
    .where('p.deleted_at', 'is', null)
    .where((eb) => eb.and(conditions))
    .orderBy('rank')
    .$if(shape.byNumber, (qb) => qb.orderBy('p.employee_no'))
    .orderBy('name_length')
    .orderBy('p.name_pinyin')
    .orderBy('p.employee_no')
    .limit(given.limit);
  return db
    .selectFrom(matches.as('m'))
    .select((eb) => [
      'm.id',
      'm.employee_no',
      'm.name',
      eb
        .selectFrom('department as d')
        .select('d.name')
        .whereRef('d.id', '=', 'm.department_id')
        .as('department_name'),
      eb
        .selectFrom('position as pos')
        .select('pos.name')
        .whereRef('pos.id', '=', 'm.position_id')
        .as('position_name'),
    ])
    .orderBy('m.rank')
    .$if(shape.byNumber, (qb) => qb.orderBy('m.employee_no'))
    .orderBy('m.name_length')
    .orderBy('m.name_pinyin')
    .orderBy('m.employee_no')
    .modifyEnd(genericPlan);
}

/** The extra (non-primary) departments of each person. */
export async function extraDepartmentsOf(
  db: Executor,
  personIds: string[],
): Promise<Map<string, { id: string; code: string; name: string }[]>> {
  const result = new Map<string, { id: string; code: string; name: string }[]>();
  if (personIds.length === 0) return result;
  const rows = await db
    .selectFrom('person_department as pd')
    .innerJoin('department as d', 'd.id', 'pd.department_id')
    .select(['pd.person_id', 'd.id', 'd.code', 'd.name'])
    .where('pd.person_id', 'in', personIds)
    .where('pd.is_primary', '=', false)
    .where('d.deleted_at', 'is', null)
    .orderBy('d.sort')
    .orderBy('d.code')
    .execute();
  for (const row of rows) {
    const list = result.get(row.person_id) ?? [];
    list.push({ id: row.id, code: row.code, name: row.name });
    result.set(row.person_id, list);
  }
  return result;
}

/** The ids up a person's chain of superiors, the person first (bounded, so a cycle ends). */
export async function superiorChainIds(db: Executor, personId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE chain (id, superior_id, depth) AS (
      SELECT id, superior_id, 1 FROM person WHERE id = ${personId}
      UNION ALL
      SELECT p.id, p.superior_id, c.depth + 1 FROM person p JOIN chain c ON p.id = c.superior_id
      WHERE c.depth < 64
    )
    SELECT id FROM chain ORDER BY depth`.execute(db);
  return result.rows.map((row) => row.id);
}

/** True when the live person is among those the scope reaches. */
export async function personInScope(
  db: Executor,
  scope: PeopleScope,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.id', '=', id)
    .where('p.deleted_at', 'is', null)
    .where(scopeCondition(scope))
    .executeTakeFirst();
  return row !== undefined;
}

export async function findPosition(
  db: Executor,
  id: string,
): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('position')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
