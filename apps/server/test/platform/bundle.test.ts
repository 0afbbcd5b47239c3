import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binDir, repoRoot } from '../commands.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { startServer, type ServerProcess } from './server-process.ts';

const bundle = path.join(repoRoot, 'apps/server/dist/main.mjs');
const webIndex = path.join(repoRoot, 'apps/web/dist/index.html');

// The full path (build, then start:prod on a fresh embedded database) is
// `npm run smoke:prod`; this runs whatever bundle `npm run build` left behind.
describe.skipIf(!existsSync(bundle))('the production bundle (apps/server/dist/main.mjs)', () => {
  let database: TestDatabase | null = null;
  let server: ServerProcess | null = null;
  let dataDir = '';
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('starts with Node 22 in production mode and serves the API and the web app', async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-bundle-'));
    server = await startServer(path.join(binDir, 'node'), [bundle], {
      NODE_ENV: 'production',
      DATABASE_URL: database.appUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    });
    const session = await fetch(`${server.url}/api/v1/auth/session`);
    expect(session.status).toBe(401);
    expect(session.headers.get('cache-control')).toBe('no-store');
    expect(((await session.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
    const docs = (await (await fetch(`${server.url}/api/docs/json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(docs.paths)).toContain('/api/v1/audit/entries');
    if (existsSync(webIndex)) {
      const page = await fetch(`${server.url}/some/client/route`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root"/);
    }
    expect(await server.stop()).toBe(0);
    server = null;
  }, 60_000);
});
