import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDb, type Db } from './database.ts';
import { startNotifyPump, type NotifyPump } from './notify-pump.ts';
import { inTransaction } from './transaction.ts';

let database: TestDatabase;
let db: Db;
let listener: pg.Client;
const heard: string[] = [];
const silent = { warn: () => undefined };

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb(database.ownerUrl, { max: 2 });
  listener = new pg.Client({ connectionString: database.ownerUrl });
  await listener.connect();
  listener.on('notification', (message) => heard.push(message.payload ?? ''));
  await listener.query('LISTEN pump_probe');
}, 30_000);

afterAll(async () => {
  await listener.end();
  await db.destroy();
  await database.drop();
});

// What a trigger does (a write, so the transaction begins and its commit is signalled).
const queue = (payload: string) =>
  sql`INSERT INTO deferred_notify (channel, payload) VALUES ('pump_probe', ${payload})`;
const pending = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM deferred_notify`.execute(db)).rows[0]!.n;

async function heardWithin(ms: number, predicate: () => boolean): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return predicate();
}

describe('the notification pump', () => {
  let pump: NotifyPump;
  beforeAll(() => {
    // A timer far off: only commits can make it send within these tests.
    pump = startNotifyPump(db, silent, { intervalMs: 3_600_000 });
  });
  afterAll(() => pump.stop());

  it('sends a transaction’s queued notifications once it commits, not before', async () => {
    heard.length = 0;
    await inTransaction(db, async (trx) => {
      await queue('after-commit').execute(trx);
      await pump.flush();
      expect(heard).toEqual([]);
    });
    expect(await heardWithin(2_000, () => heard.includes('after-commit'))).toBe(true);
    expect(await pending()).toBe(0);
  });

  it('sends nothing a rolled-back transaction queued', async () => {
    heard.length = 0;
    await db
      .transaction()
      .execute(async (trx) => {
        await queue('rolled-back').execute(trx);
        throw new Error('undo');
      })
      .catch(() => undefined);
    await inTransaction(db, (trx) => queue('later').execute(trx));
    expect(await heardWithin(2_000, () => heard.includes('later'))).toBe(true);
    expect(heard).not.toContain('rolled-back');
  });

  it('sends identical payloads of one batch once, and more than a batch in full, in order', async () => {
    heard.length = 0;
    await inTransaction(db, async (trx) => {
      await sql`INSERT INTO deferred_notify SELECT 'pump_probe', 'same' FROM generate_series(1, 3)`.execute(
        trx,
      );
      await sql`INSERT INTO deferred_notify SELECT 'pump_probe', 'n' || i FROM generate_series(1, 4500) i`.execute(
        trx,
      );
    });
    expect(await heardWithin(5_000, () => heard.length >= 4501)).toBe(true);
    expect(heard.filter((payload) => payload === 'same')).toHaveLength(1);
    expect(new Set(heard).size).toBe(4501);
    // Oldest first, across the three batches: the order in which they were queued.
    expect(heard).toEqual(['same', ...Array.from({ length: 4500 }, (_, i) => `n${i + 1}`)]);
    expect(await pending()).toBe(0);
  });
});

it('a pump’s timer sends what another process queued', async () => {
  heard.length = 0;
  const elsewhere = new pg.Client({ connectionString: database.ownerUrl });
  await elsewhere.connect();
  await elsewhere.query(`SELECT defer_notify('pump_probe', 'from-elsewhere')`);
  await elsewhere.end();
  const pump = startNotifyPump(db, silent, { intervalMs: 50 });
  try {
    expect(await heardWithin(2_000, () => heard.includes('from-elsewhere'))).toBe(true);
  } finally {
    await pump.stop();
  }
});
