import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { likeContains, likePrefix } from './org.changes.ts';

/** Which people a caller may see, resolved from their data scope (数据权限). */
export type PeopleScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'self'; personId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'tree'; path: string }
  | { kind: 'campus'; campusId: string };

/** A search as typed: the raw text and, when it can be pinyin, its normal form. */
export interface PeopleMatch {
  text: string;
  pinyin: string | null;
  /** Also match names containing the text (Chinese given names), not only prefixes. */
  contains: boolean;
}

const always = sql<SqlBool>`true`;

/** Person `p` belongs (primary or extra) to a department that satisfies `where`. */
function memberOf(where: Expression<SqlBool>): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM person_department pd
    JOIN department sd ON sd.id = pd.department_id
    WHERE pd.person_id = p.id AND ${where})`;
}

/** Person `p` belongs to the department, or (subtree) to it or any department below. */
export function inDepartment(
  departmentId: string,
  subtreePath: string | null,
): Expression<SqlBool> {
  return subtreePath
    ? memberOf(sql<SqlBool>`sd.path LIKE ${likePrefix(subtreePath)}`)
    : memberOf(sql<SqlBool>`sd.id = ${departmentId}`);
}

/** The condition that keeps only the people a scope reaches. */
export function scopeCondition(scope: PeopleScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return always;
    case 'none':
      return sql<SqlBool>`false`;
    case 'self':
      return sql<SqlBool>`p.id = ${scope.personId}`;
    case 'department':
      return inDepartment(scope.departmentId, null);
    case 'tree':
      return memberOf(sql<SqlBool>`sd.path LIKE ${likePrefix(scope.path)}`);
    case 'campus':
      return memberOf(sql<SqlBool>`sd.campus_id = ${scope.campusId}`);
  }
}

/**
 * Employee number or name by prefix, any pinyin reading or initials by
 * prefix (the GIN index of migration 1932), optionally names containing it.
 */
export function matchCondition(match: PeopleMatch): Expression<SqlBool> {
  const prefix = likePrefix(match.text);
  const terms = [sql<SqlBool>`p.employee_no LIKE ${prefix}`, sql<SqlBool>`p.name LIKE ${prefix}`];
  if (match.pinyin) {
    terms.push(
      sql<SqlBool>`to_tsvector('simple', p.name_pinyin || ' ' || p.name_initials) @@ to_tsquery('simple', ${`${match.pinyin}:*`})`,
    );
  }
  if (match.contains) terms.push(sql<SqlBool>`p.name LIKE ${likeContains(match.text)}`);
  return sql<SqlBool>`(${sql.join(terms, sql` OR `)})`;
}

/** Exact employee number first, then exact name, exact reading, prefixes, the rest. */
export function matchRank(match: PeopleMatch): RawBuilder<number> {
  const prefix = likePrefix(match.text);
  const exactReading = match.pinyin
    ? sql<SqlBool>`(' ' || p.name_pinyin || ' ' || p.name_initials || ' ') LIKE ${`% ${match.pinyin} %`}`
    : sql<SqlBool>`false`;
  return sql<number>`CASE WHEN p.employee_no = ${match.text} THEN 0
    WHEN p.name = ${match.text} THEN 1
    WHEN ${exactReading} THEN 2
    WHEN p.employee_no LIKE ${prefix} OR p.name LIKE ${prefix} THEN 3
    ELSE 4 END`;
}
