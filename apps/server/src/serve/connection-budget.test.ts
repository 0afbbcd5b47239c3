import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDb, type Db } from '../db/database.ts';
import {
  embeddedMaxConnections,
  serverConnections,
  warnIfConnectionsShort,
} from './connection-budget.ts';

describe('database connections for the server processes', () => {
  it('counts each process its request pool, its list pool and three listeners', () => {
    expect(serverConnections({ workers: 1, databasePoolSize: 20 })).toBe(33);
    expect(serverConnections({ workers: 8, databasePoolSize: 20 })).toBe(264);
    expect(serverConnections({ workers: 2, databasePoolSize: 1 })).toBe(10);
  });

  it('sizes the embedded cluster for all of them, never below its 200', () => {
    expect(embeddedMaxConnections({ workers: 1, databasePoolSize: 20 })).toBe(200);
    expect(embeddedMaxConnections({ workers: 8, databasePoolSize: 20 })).toBe(294);
    expect(embeddedMaxConnections({ workers: 64, databasePoolSize: 20 })).toBe(2142);
  });

  describe('on an external database', () => {
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

    const warningsFor = async (config: { workers: number; databasePoolSize: number }) => {
      const lines: string[] = [];
      const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
      await warnIfConnectionsShort(db, config, logger);
      return lines.map((line) => JSON.parse(line) as { msg: string; needed: number });
    };

    it('says so at start when the processes may open more than it allows', async () => {
      const [warning, ...more] = await warningsFor({ workers: 64, databasePoolSize: 200 });
      expect(more).toEqual([]);
      expect(warning?.needed).toBe(64 * 303);
      expect(warning?.msg).toMatch(
        /^the database allows \d+ connections \(\d+ open\) and these 64 server processes may open 19392: raise max_connections, or lower WORKERS or DATABASE_POOL_SIZE$/,
      );
    });

    it('is silent when they fit', async () => {
      expect(await warningsFor({ workers: 1, databasePoolSize: 2 })).toEqual([]);
    });
  });
});
