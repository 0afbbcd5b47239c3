import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { tableWritesPlugin } from '../src/db/table-writes.ts';

/**
 * A Kysely instance without a database: statements are compiled and never sent, so the
 * table-writes plugin (which sees a statement as it is built) can be tested alone.
 */
export function compileOnlyDb(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    plugins: [tableWritesPlugin],
  });
}
