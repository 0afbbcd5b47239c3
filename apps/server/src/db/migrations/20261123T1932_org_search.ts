import { sql, type Kysely } from 'kysely';

/**
 * Index support for the pickers' prefix search: any pinyin reading or
 * initials (a GIN index over the space-separated readings, queried with
 * `to_tsquery('simple', 'zhang:*')`), and employee numbers, names and
 * department codes by prefix.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX person_search_readings ON person
      USING gin (to_tsvector('simple', name_pinyin || ' ' || name_initials));
    CREATE INDEX person_employee_no_prefix ON person (employee_no text_pattern_ops);
    CREATE INDEX person_name_prefix ON person (name text_pattern_ops);
    CREATE INDEX person_department_primary ON person_department (person_id) WHERE is_primary;

    CREATE INDEX department_search_readings ON department
      USING gin (to_tsvector('simple', name_pinyin || ' ' || name_initials));
    CREATE INDEX department_name_prefix ON department (name text_pattern_ops);
    CREATE INDEX department_code_prefix ON department (code text_pattern_ops);
    CREATE INDEX department_head ON department (head_person_id);
  `.execute(db);
}
