import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { compiledOnce, compiledPerShape } from './compiled-once.ts';
import { createDb, type Db, type Executor } from './database.ts';
import { observeTableWrites } from './table-writes.ts';
import { inTransaction } from './transaction.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb(database.ownerUrl, { max: 2 });
  await sql`CREATE TABLE probe (id int PRIMARY KEY, label text NOT NULL)`.execute(db);
  await sql`INSERT INTO probe VALUES (1, 'one'), (2, 'two'), (3, 'three')`.execute(db);
}, 30_000);

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

type Probe = { id: number; label: string };
// The test's own table, outside the application's schema type.
const probes = (qdb: Executor) => qdb as unknown as Kysely<{ probe: Probe }>;

describe('a read compiled once', () => {
  it('builds once and runs with each call’s values, fixed values kept', async () => {
    let builds = 0;
    const labelled = compiledOnce((qdb, values: { ids: number[]; limit: number }) => {
      builds += 1;
      return probes(qdb)
        .selectFrom('probe')
        .select(['id', 'label'])
        .where(sql<boolean>`id = ANY(${values.ids})`)
        .where('label', '<>', 'never')
        .orderBy('id')
        .limit(values.limit);
    });
    const first = await labelled.execute(db, { ids: [1, 2, 3], limit: 2 });
    const second = await labelled.execute(db, { ids: [3], limit: 5 });
    expect(first.rows).toEqual([
      { id: 1, label: 'one' },
      { id: 2, label: 'two' },
    ]);
    expect(second.rows).toEqual([{ id: 3, label: 'three' }]);
    expect(builds).toBe(1);
  });

  it('runs inside a transaction as well as on the pool', async () => {
    const byId = compiledOnce((qdb, values: { id: number }) =>
      probes(qdb).selectFrom('probe').select('label').where('id', '=', values.id),
    );
    const labels = await inTransaction(db, async (trx) => {
      await sql`UPDATE probe SET label = 'uno' WHERE id = 1`.execute(trx);
      return (await byId.execute(trx, { id: 1 })).rows;
    });
    expect(labels).toEqual([{ label: 'uno' }]);
    expect((await byId.execute(db, { id: 1 })).rows).toEqual([{ label: 'uno' }]);
  });

  it('shows every run to the plugins: the caches hear of each write', async () => {
    const heard: string[] = [];
    const stop = observeTableWrites((write) => heard.push(`${write.kind} ${write.table}`));
    const relabel = compiledOnce((qdb, values: { id: number; label: string }) =>
      probes(qdb).updateTable('probe').set('label', values.label).where('id', '=', values.id),
    );
    await relabel.execute(db, { id: 2, label: 'deux' });
    await relabel.execute(db, { id: 3, label: 'trois' });
    stop();
    expect(heard).toEqual(['update probe', 'update probe']);
    const labels = await sql<Probe>`SELECT * FROM probe WHERE id IN (2, 3) ORDER BY id`.execute(db);
    expect(labels.rows.map((row) => row.label)).toEqual(['deux', 'trois']);
  });

  it('takes a sql template too, whose writes the plugins hear from its first run on', async () => {
    const heard: string[] = [];
    const stop = observeTableWrites((write) => heard.push(`${write.kind} ${write.table}`));
    const relabel = compiledOnce(
      (_qdb, values: { id: number; label: string }) =>
        sql<{ label: string }>`UPDATE probe SET label = ${values.label} WHERE id = ${values.id}
          RETURNING label`,
    );
    const first = await relabel.execute(db, { id: 2, label: 'dos' });
    await relabel.execute(db, { id: 3, label: 'tres' });
    stop();
    expect(first.rows).toEqual([{ label: 'dos' }]);
    expect(heard).toEqual(['raw probe', 'raw probe']);
  });

  it('per shape: one statement built for each shape, each run with its values', async () => {
    const built: string[] = [];
    const labels = compiledPerShape(
      (shape: { descending: boolean }) => (shape.descending ? 'desc' : 'asc'),
      (shape) => (qdb, values: { above: number }) => {
        built.push(shape.descending ? 'desc' : 'asc');
        return probes(qdb)
          .selectFrom('probe')
          .select('id')
          .where('id', '>', values.above)
          .orderBy('id', shape.descending ? 'desc' : 'asc');
      },
    );
    const ids = async (descending: boolean, above: number) =>
      (await labels.execute(db, { descending }, { above })).rows.map((row) => row.id);
    expect(await ids(false, 0)).toEqual([1, 2, 3]);
    expect(await ids(true, 1)).toEqual([3, 2]);
    expect(await ids(false, 2)).toEqual([3]);
    expect(built).toEqual(['asc', 'desc']);
  });

  it('refuses a slot that did not become a parameter', async () => {
    const lost = compiledOnce((qdb, values: { name: string }) =>
      probes(qdb).selectFrom('probe').select(sql.raw<string>(values.name).as('x')),
    );
    await expect(lost.execute(db, { name: 'label' })).rejects.toThrow(/name not a parameter/);
  });
});
