import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DepartmentRow } from './departments.repository.ts';
import { likeContains, likePrefix } from './org.changes.ts';

/**
 * Departments whose name, code, full pinyin or initials start with the text,
 * exact name or code first; then (for Chinese text) names that contain it.
 */
export async function searchDepartmentRows(
  db: Executor,
  text: string,
  pinyin: string | null,
  limit: number,
  contains: boolean,
): Promise<DepartmentRow[]> {
  const prefix = likePrefix(text);
  const rows = await db
    .selectFrom('department')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) => {
      const terms = [eb('name', 'like', prefix), eb('code', 'like', prefix)];
      if (pinyin) {
        terms.push(
          eb(
            sql`to_tsvector('simple', name_pinyin || ' ' || name_initials)`,
            '@@',
            sql`to_tsquery('simple', ${`${pinyin}:*`})`,
          ),
        );
      }
      return eb.or(terms);
    })
    .orderBy(
      sql`CASE WHEN name = ${text} OR code = ${text} THEN 0
        WHEN ${pinyin ?? ''} <> '' AND (' ' || name_pinyin || ' ' || name_initials || ' ') LIKE ${`% ${pinyin ?? ''} %`} THEN 1
        WHEN code LIKE ${prefix} THEN 2
        WHEN name LIKE ${prefix} THEN 3
        ELSE 4 END`,
    )
    .orderBy('sort')
    .orderBy('code')
    .limit(limit)
    .execute();
  if (!contains || rows.length >= limit) return rows;
  const more = await db
    .selectFrom('department')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('name', 'like', likeContains(text))
    .where('name', 'not like', prefix)
    .orderBy('sort')
    .orderBy('code')
    .limit(limit - rows.length)
    .execute();
  return [...rows, ...more];
}
