import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createDb, type Db } from '../../src/db/database.ts';
import { createLogger } from '../../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';

describe('request logs and response headers', () => {
  let app: App;
  let db: Db;
  let database: TestDatabase;
  let written = '';
  const lines = () =>
    written
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, any>);
  const linesOf = (reqId: string) => lines().filter((line) => line.reqId === reqId);

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-logs-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    });
    db = createDb(database.appUrl, { max: 4 });
    const logger = createLogger('info', { write: (line: string) => void (written += line) });
    app = await createApp({ config, databaseUrl: database.appUrl, logger, db });
    await app.http.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
    await database.drop();
  });

  it('writes JSON lines that carry the request id, and echoes it in x-request-id', async () => {
    const response = await app.http.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { 'x-request-id': 'trace-0001-abcd' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-request-id']).toBe('trace-0001-abcd');
    const mine = linesOf('trace-0001-abcd');
    expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[1]).toMatchObject({
      level: 30,
      service: 'yuanwu',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      res: { statusCode: 401 },
    });
  });

  it('makes up an id when none (or a malformed one) is given', async () => {
    for (const headers of [{}, { 'x-request-id': 'bad id with spaces' }]) {
      const response = await app.http.inject({ method: 'GET', url: '/api/v1/nothing', headers });
      const id = String(response.headers['x-request-id']);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(linesOf(id).length).toBeGreaterThan(0);
    }
  });

  it('keeps passwords and cookies out of the logs', async () => {
    await app.http.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: {
        'content-type': 'application/json',
        cookie: '__Host-yw_session=cookie-secret-value',
        'x-request-id': 'trace-login-0001',
      },
      payload: JSON.stringify({ username: 'nobody', password: 'Password-Secret-42' }),
    });
    expect(linesOf('trace-login-0001').length).toBeGreaterThan(0);
    expect(written).not.toContain('Password-Secret-42');
    expect(written).not.toContain('cookie-secret-value');
  });

  it('marks every /api response no-store, errors included', async () => {
    for (const url of ['/api/v1/auth/session', '/api/v1/nothing', '/api/docs/json']) {
      const response = await app.http.inject({ method: 'GET', url });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const login = await app.http.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": 1}',
    });
    expect(login.statusCode).toBe(400);
    expect(login.headers['cache-control']).toBe('no-store');
  });
});
