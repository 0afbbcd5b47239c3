import type { Expression, ExpressionBuilder, Selectable, SqlBool } from 'kysely';
import type { Database, Executor } from '../../db/database.ts';
import type { LoginLogTable } from '../../db/tables/identity.ts';
import type { AuditRow } from './audit.repository.ts';

export type LoginRow = Selectable<LoginLogTable>;

/** What the audit administrator filters entries by (docs/api-v1.md "Audit"). */
export interface EntryCriteria {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  result?: 'success' | 'failure' | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** What the login log is filtered by. */
export interface LoginCriteria {
  username?: string | undefined;
  success?: boolean | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export interface Paging {
  page: number;
  pageSize: number;
}

// Typed text is matched literally: %, _ and \ lose their LIKE meaning.
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function entryConditions(criteria: EntryCriteria) {
  return (eb: ExpressionBuilder<Database, 'audit_log'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (criteria.actor) {
      const pattern = `%${literal(criteria.actor)}%`;
      conditions.push(
        eb.or([eb('actor_username', 'ilike', pattern), eb('actor_name', 'ilike', pattern)]),
      );
    }
    if (criteria.action) conditions.push(eb('action', 'like', `${literal(criteria.action)}%`));
    if (criteria.targetType) conditions.push(eb('target_type', '=', criteria.targetType));
    if (criteria.targetId) conditions.push(eb('target_id', '=', criteria.targetId));
    if (criteria.result) conditions.push(eb('result', '=', criteria.result));
    if (criteria.from) conditions.push(eb('at', '>=', criteria.from));
    if (criteria.to) conditions.push(eb('at', '<', criteria.to));
    return eb.and(conditions);
  };
}

/** One page of matching entries, newest first, and how many match in all. */
export async function findEntries(
  db: Executor,
  criteria: EntryCriteria,
  paging: Paging,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = entryConditions(criteria);
  const counted = await db
    .selectFrom('audit_log')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where(where)
    .orderBy('seq', 'desc')
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** Matching entries, newest first, at most `limit` of them (for the export). */
export async function findEntriesUpTo(
  db: Executor,
  criteria: EntryCriteria,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where(entryConditions(criteria))
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}

/** One page of the login log, newest first, and how many match in all. */
export async function findLogins(
  db: Executor,
  criteria: LoginCriteria,
  paging: Paging,
): Promise<{ rows: LoginRow[]; total: number }> {
  const where = (eb: ExpressionBuilder<Database, 'login_log'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (criteria.username) {
      conditions.push(eb('username', 'ilike', `%${literal(criteria.username)}%`));
    }
    if (criteria.success !== undefined) conditions.push(eb('success', '=', criteria.success));
    if (criteria.from) conditions.push(eb('at', '>=', criteria.from));
    if (criteria.to) conditions.push(eb('at', '<', criteria.to));
    return eb.and(conditions);
  };
  const counted = await db
    .selectFrom('login_log')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('login_log')
    .selectAll()
    .where(where)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}
