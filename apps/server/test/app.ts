import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, databaseSettings, type App } from '../src/app.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import { createDb, type Db } from '../src/db/database.ts';
import type { AppModule } from '../src/http/context.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { TestClient } from './client.ts';

/** A real app on a fresh real database, driven through HTTP (inject). */
export interface TestApp {
  app: App;
  /** The app's own connection (application role). */
  db: Db;
  /** An owner connection for arranging and inspecting state directly. */
  ownerDb: Db;
  database: TestDatabase;
  config: AppConfig;
  /** A new client with its own cookie jar, like a separate browser. */
  client(): TestClient;
  close(): Promise<void>;
}

/** Starts the whole app in test mode on a fresh database cloned from the template. */
export async function startTestApp(
  environment: Record<string, string> = {},
  options: { modules?: readonly AppModule[] } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    TEST_MODE: 'true',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    ...environment,
  });
  const db = createDb(database.appUrl, { max: 10, settings: databaseSettings(config) });
  const ownerDb = createDb(database.ownerUrl, { max: 2 });
  const app = await createApp({
    config,
    databaseUrl: database.appUrl,
    logger: createLogger('silent'),
    db,
    ...(options.modules ? { modules: options.modules } : {}),
  });
  await app.http.ready();
  return {
    app,
    db,
    ownerDb,
    database,
    config,
    client: () => new TestClient(app.http),
    close: async () => {
      await app.close();
      await db.destroy();
      await ownerDb.destroy();
      await database.drop();
    },
  };
}
