import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDb, type Db, type Executor } from './database.ts';
import { genericPlan, pipelined } from './prepared.ts';
import { isPlainRead } from './pooled-connection.ts';
import { inTransaction } from './transaction.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection, so session-level facts (prepared statements) can be read back.
  db = createDb(database.ownerUrl, { max: 1 });
  await sql`CREATE TABLE probe (v int NOT NULL)`.execute(db);
}, 30_000);

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const transactionStart = async (trx: Executor) =>
  (await sql<{ at: Date }>`SELECT now() AS at`.execute(trx)).rows[0]!.at.getTime();
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const count = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM probe`.execute(db)).rows[0]!.n;

describe('transactions begin at their first statement that is not a plain read', () => {
  it('a transaction that only reads sends no BEGIN: each read is its own', async () => {
    const [first, second] = await inTransaction(db, async (trx) => {
      const a = await transactionStart(trx);
      await pause();
      return [a, await transactionStart(trx)];
    });
    expect(second).toBeGreaterThan(first);
  });

  it('from the first write on, statements share one transaction', async () => {
    const [first, second] = await inTransaction(db, async (trx) => {
      await sql`INSERT INTO probe (v) VALUES (${1})`.execute(trx);
      const a = await transactionStart(trx);
      await pause();
      return [a, await transactionStart(trx)];
    });
    expect(second).toBe(first);
  });

  it('a failure after the write rolls back everything it wrote', async () => {
    const before = await count();
    await expect(
      inTransaction(db, async (trx) => {
        await sql`SELECT v FROM probe WHERE v = ${1}`.execute(trx);
        await sql`INSERT INTO probe (v) VALUES (${2})`.execute(trx);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await count()).toBe(before);
  });

  it('a read that locks rows opens the transaction', async () => {
    const [first, second] = await inTransaction(db, async (trx) => {
      await sql`SELECT v FROM probe WHERE v = ${1} FOR UPDATE`.execute(trx);
      const a = await transactionStart(trx);
      await pause();
      return [a, await transactionStart(trx)];
    });
    expect(second).toBe(first);
  });

  it('tells plain reads from statements with effects', () => {
    expect(isPlainRead('select "id" from "person" where "id" = $1')).toBe(true);
    expect(isPlainRead('  SELECT count(*) FROM x')).toBe(true);
    expect(isPlainRead('select * from t where id = $1 for update')).toBe(false);
    expect(isPlainRead('SELECT pg_advisory_xact_lock($1)')).toBe(false);
    expect(isPlainRead("select nextval('s')")).toBe(false);
    expect(isPlainRead('with moved as (delete from t returning *) select * from moved')).toBe(
      false,
    );
    expect(isPlainRead('update t set v = 1')).toBe(false);
  });
});

describe('statements with parameters are prepared once per connection', () => {
  const prepared = async (trx: Executor, fragment: string) =>
    (
      await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE ${`%${fragment}%`}
      `.execute(trx)
    ).rows[0]!.n;

  it('runs a text as a named statement and reuses it', async () => {
    await inTransaction(db, async (trx) => {
      for (const v of [1, 2, 3])
        await sql`SELECT v AS reused FROM probe WHERE v = ${v}`.execute(trx);
      // Itself prepared too; only the probe statement is counted.
      expect(await prepared(trx, 'v AS reused')).toBe(1);
    });
  });

  it('prepares afresh when another server changed the table under the plan', async () => {
    const read = (trx: Executor) => sql`SELECT * FROM probe WHERE v = ${1}`.execute(trx);
    await inTransaction(db, read);
    // A migration elsewhere adds a column: the cached plan's result type no longer matches.
    const other = createDb(database.ownerUrl, { max: 1 });
    await sql`ALTER TABLE probe ADD COLUMN note text`.execute(other);
    await other.destroy();
    const rows = await inTransaction(db, async (trx) => (await read(trx)).rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toHaveProperty('note');
  });
});

describe('reads marked for a generic plan', () => {
  const planMode = async (trx: Executor) =>
    (
      await sql<{ mode: string }>`${genericPlan}
        SELECT current_setting(${'plan_cache_mode'}) AS mode`.execute(trx)
    ).rows[0]!.mode;

  it('run with a generic plan outside a begun transaction, as planned inside one', async () => {
    expect(await planMode(db)).toBe('force_generic_plan');
    await inTransaction(db, async (trx) => {
      expect(await planMode(trx)).toBe('force_generic_plan');
      await sql`INSERT INTO probe (v) VALUES (${3})`.execute(trx);
      // Now on the transaction's own connection: it must see the transaction's writes.
      expect(await planMode(trx)).toBe('auto');
    });
  });

  it('may be marked at the end by a query builder', async () => {
    const marked = await db
      .selectNoFrom(sql<string>`current_setting(${'plan_cache_mode'})`.as('mode'))
      .modifyEnd(genericPlan)
      .executeTakeFirstOrThrow();
    expect(marked.mode).toBe('force_generic_plan');
  });

  it('refuses a marked statement that is not a plain read', async () => {
    await expect(
      sql`${genericPlan} UPDATE probe SET v = v WHERE v = ${1}`.execute(db),
    ).rejects.toThrow('Only a plain read');
  });
});

describe('pipelined writes', () => {
  const insert = (trx: Executor, v: number) =>
    sql`INSERT INTO probe (v) VALUES (${v}) ${pipelined}`.execute(trx);
  // v is NOT NULL: this insert fails inside PostgreSQL, not in the driver.
  const failing = (trx: Executor) =>
    sql`INSERT INTO probe (v) VALUES (${null}) ${pipelined}`.execute(trx);
  const has = async (v: number) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM probe WHERE v = ${v}`.execute(db))
      .rows[0]!.n;

  it('are seen by the statements after them and commit with the transaction', async () => {
    const seen = await inTransaction(db, async (trx) => {
      await insert(trx, 101);
      await insert(trx, 101);
      return (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM probe WHERE v = ${101}`.execute(trx)
      ).rows[0]!.n;
    });
    expect(seen).toBe(2);
    expect(await has(101)).toBe(2);
  });

  it('fail the next statement that is waited for with their own error, and roll back', async () => {
    await expect(
      inTransaction(db, async (trx) => {
        await insert(trx, 102);
        await failing(trx);
        await insert(trx, 102);
        await sql`SELECT 1`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23502' });
    expect(await has(102)).toBe(0);
  });

  it('fail the commit that travels behind them, and nothing is kept', async () => {
    await expect(
      inTransaction(db, async (trx) => {
        await insert(trx, 103);
        await failing(trx);
      }),
    ).rejects.toMatchObject({ code: '23502' });
    expect(await has(103)).toBe(0);
    // The connection is usable again (one connection in this pool).
    await inTransaction(db, (trx) => insert(trx, 104));
    expect(await has(104)).toBe(1);
  });

  it('are rolled back with the transaction when the work fails after them', async () => {
    await expect(
      inTransaction(db, async (trx) => {
        await insert(trx, 105);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await has(105)).toBe(0);
  });

  it('run as usual outside a transaction', async () => {
    await insert(db, 106);
    expect(await has(106)).toBe(1);
    await expect(failing(db)).rejects.toMatchObject({ code: '23502' });
  });
});

describe('connections handed to Kysely are reused', () => {
  it('a finished transaction refuses statements, also once its connection serves another', async () => {
    let finished: Executor | undefined;
    await inTransaction(db, async (trx) => {
      finished = trx;
      await sql`INSERT INTO probe (v) VALUES (${107})`.execute(trx);
    });
    const [inside, stale] = await inTransaction(db, async (trx) => {
      await sql`INSERT INTO probe (v) VALUES (${108})`.execute(trx);
      const straggler = sql`SELECT 1`.execute(finished!).then(
        () => 'ran',
        (error: Error) => error.message,
      );
      return [await transactionStart(trx), await straggler];
    });
    expect(stale).toMatch(/already committed/);
    expect(inside).toBeGreaterThan(0);
  });

  it('many requests one after another leave each its own transaction', async () => {
    const starts = [];
    for (let i = 0; i < 5; i++) {
      starts.push(
        await inTransaction(db, async (trx) => {
          await sql`INSERT INTO probe (v) VALUES (${109})`.execute(trx);
          const at = await transactionStart(trx);
          await pause();
          expect(await transactionStart(trx)).toBe(at);
          return at;
        }),
      );
    }
    expect(new Set(starts).size).toBe(5);
  });
});
