import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { likeContains, likePrefix, prefixEnd } from './org.changes.ts';

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
 * What a search binds: the typed text and the patterns made from it; null where the search
 * does not look (no pinyin reading, no "contains"). Kept apart from the SQL so a statement
 * compiled once can take them as values (people.repository.ts), and written so that its
 * generic plan still uses the indexes: prefixes as ranges, not `LIKE 'text%'`.
 */
export interface MatchValues {
  text: string;
  /** Where the strings starting with `text` end (`prefixEnd`). */
  textEnd: string;
  /** `zhang:*`: a pinyin reading or initials starting so. */
  readingQuery: string | null;
  /** `% zhang %`: one whole reading. */
  wholeReading: string | null;
  /** `%text%`, wildcards escaped. */
  contains: string | null;
}

export function matchValues(match: PeopleMatch): MatchValues {
  return {
    text: match.text,
    textEnd: prefixEnd(match.text),
    readingQuery: match.pinyin ? `${match.pinyin}:*` : null,
    wholeReading: match.pinyin ? `% ${match.pinyin} %` : null,
    contains: match.contains ? likeContains(match.text) : null,
  };
}

/**
 * Employee number or name by prefix, any pinyin reading or initials by prefix (the indexed
 * `search_readings` column), optionally names containing the text.
 */
export function matchCondition(match: PeopleMatch): Expression<SqlBool> {
  return matchConditionOf(matchValues(match));
}

export function matchConditionOf(values: MatchValues): Expression<SqlBool> {
  const startsWith = (column: RawBuilder<string>) =>
    sql<SqlBool>`(${column} ~>=~ ${values.text} AND ${column} ~<~ ${values.textEnd})`;
  const terms = [startsWith(sql`p.employee_no`), startsWith(sql`p.name`)];
  if (values.readingQuery !== null) {
    terms.push(sql<SqlBool>`p.search_readings @@ to_tsquery('simple', ${values.readingQuery})`);
  }
  if (values.contains !== null) terms.push(sql<SqlBool>`p.name LIKE ${values.contains}`);
  return sql<SqlBool>`(${sql.join(terms, sql` OR `)})`;
}

/** Exact employee number first, then exact name, exact reading, prefixes, the rest. */
export function matchRank(match: PeopleMatch): RawBuilder<number> {
  return matchRankOf(matchValues(match));
}

export function matchRankOf(values: MatchValues): RawBuilder<number> {
  const exactReading =
    values.wholeReading !== null
      ? sql<SqlBool>`(' ' || p.name_pinyin || ' ' || p.name_initials || ' ') LIKE ${values.wholeReading}`
      : sql<SqlBool>`false`;
  return sql<number>`CASE WHEN p.employee_no = ${values.text} THEN 0
    WHEN p.name = ${values.text} THEN 1
    WHEN ${exactReading} THEN 2
    WHEN starts_with(p.employee_no, ${values.text}) OR starts_with(p.name, ${values.text}) THEN 3
    ELSE 4 END`;
}
