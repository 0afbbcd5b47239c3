import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/** A budget line with its department's name and what is left after used and frozen amounts (exact, as pg strings). */
export interface BudgetRow {
  code: string;
  name: string;
  department_id: string | null;
  department_name: string | null;
  year: number;
  total: string;
  used: string;
  /** Frozen by requests in progress (see budget-claims.service.ts). */
  reserved: string;
  remaining: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function selectBudgets(db: Executor) {
  return db
    .selectFrom('budget')
    .leftJoin('department', 'department.id', 'budget.department_id')
    .select([
      'budget.code',
      'budget.name',
      'budget.department_id',
      'department.name as department_name',
      'budget.year',
      'budget.total',
      'budget.used',
      'budget.reserved',
      sql<string>`budget.total - budget.used - budget.reserved`.as('remaining'),
    ])
    .where('budget.deleted_at', 'is', null);
}

/**
 * Budgets whose code or name contains the text, or whose name's pinyin or
 * initials contain `pinyin`; newest year first, then by code.
 */
export async function searchBudgets(
  db: Executor,
  filter: { q?: string; pinyin: string | null; year?: number; departmentId?: string },
  page: { offset: number; limit: number },
): Promise<{ rows: BudgetRow[]; total: number }> {
  let query = selectBudgets(db);
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    const pinyin = filter.pinyin ? `%${filter.pinyin}%` : null;
    query = query.where((eb) =>
      eb.or([
        eb('budget.code', 'ilike', like),
        eb('budget.name', 'like', like),
        ...(pinyin
          ? [eb('budget.name_pinyin', 'like', pinyin), eb('budget.name_initials', 'like', pinyin)]
          : []),
      ]),
    );
  }
  if (filter.year !== undefined) query = query.where('budget.year', '=', filter.year);
  if (filter.departmentId) query = query.where('budget.department_id', '=', filter.departmentId);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('budget.year', 'desc')
    .orderBy('budget.code')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(counted.n) };
}

export function findBudgetByCode(db: Executor, code: string): Promise<BudgetRow | undefined> {
  return selectBudgets(db).where('budget.code', '=', code).executeTakeFirst();
}

export async function countBudgets(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('budget')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A budget line to write (seed). */
export interface NewBudget {
  id: string;
  code: string;
  name: string;
  departmentId: string | null;
  year: number;
  total: number;
  used: number;
  pinyin: string;
  initials: string;
}

export async function insertBudgets(db: Executor, rows: NewBudget[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('budget')
    .values(
      rows.map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        department_id: row.departmentId,
        year: row.year,
        total: row.total,
        used: row.used,
        name_pinyin: row.pinyin,
        name_initials: row.initials,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })),
    )
    .execute();
}

/** Departments that hold people (the seed gives each its budget lines). */
export function departmentsWithPeople(db: Executor) {
  return db
    .selectFrom('department')
    .select(['id', 'code', 'name'])
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('person')
          .select(sql`1`.as('one'))
          .whereRef('person.department_id', '=', 'department.id')
          .where('person.deleted_at', 'is', null),
      ),
    )
    .orderBy('code')
    .execute();
}
