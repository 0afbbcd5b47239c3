import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDb, type Db } from '../db/database.ts';
import { adviseHugePages, hugePagesAdvice } from './huge-pages.ts';

describe('huge pages advice', () => {
  const gigabytes = (n: number) => n * 1024 ** 3;

  it('asks for huge pages when a large cache is kept in small ones', () => {
    const advice = hugePagesAdvice({
      status: 'off',
      sharedBuffersBytes: gigabytes(4),
      hugePagesNeeded: 2_114,
    });
    expect(advice).toContain('vm.nr_hugepages=2114');
    expect(advice).toContain('4.0 GB');
  });

  it('estimates the pages where PostgreSQL does not say', () => {
    const advice = hugePagesAdvice({
      status: 'off',
      sharedBuffersBytes: gigabytes(2),
      hugePagesNeeded: null,
    });
    expect(advice).toContain('vm.nr_hugepages=1076');
  });

  it('says nothing when huge pages are used, unknown, or the cache is small', () => {
    const large = gigabytes(4);
    expect(hugePagesAdvice({ status: 'on', sharedBuffersBytes: large, hugePagesNeeded: 1 })).toBe(
      null,
    );
    expect(hugePagesAdvice({ status: null, sharedBuffersBytes: large, hugePagesNeeded: 1 })).toBe(
      null,
    );
    expect(
      hugePagesAdvice({ status: 'off', sharedBuffersBytes: 128 * 1024 ** 2, hugePagesNeeded: 65 }),
    ).toBe(null);
  });

  describe('read from PostgreSQL', () => {
    let database: TestDatabase;
    let db: Db;
    beforeAll(async () => {
      database = await createTestDatabase();
      db = createDb(database.ownerUrl, { max: 1 });
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    it("reads PostgreSQL's own figures, and names its count of pages when it advises", async () => {
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
      await adviseHugePages(db, logger);
      const { rows } = await sql<{ status: string; needed: string }>`
        SELECT current_setting('huge_pages_status') AS status,
               current_setting('shared_memory_size_in_huge_pages') AS needed`.execute(db);
      // The test cluster is sized to this machine (embedded.settings.ts), whose huge pages
      // may or may not be reserved.
      if (rows[0]?.status !== 'off') expect(lines).toEqual([]);
      for (const line of lines) {
        expect(JSON.parse(line)).toMatchObject({ hugePagesNeeded: Number(rows[0]?.needed) });
      }
    });
  });
});
