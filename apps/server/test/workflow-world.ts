import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/app.ts';
import { definitionToSystem } from '../src/cli/conformance/definition.ts';
import { IdMap } from '../src/cli/conformance/ids.ts';
import { Session, type Answer } from '../src/cli/conformance/session.ts';
import { loadConfig } from '../src/config.ts';
import { createDb, type Db } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

const password = 'World#Pass2026';
const orgFile = new URL('./scenarios/s01-drafts.json', import.meta.url);

/** A running app in test mode, listening on a real port. */
export interface ListeningApp {
  app: App;
  baseUrl: string;
}

/**
 * One database with the scenarios' hospital (袁院长, 刘主任, 张医生…), one or
 * more real app servers on it, and a signed-in browser per person: for tests
 * that need real, parallel HTTP requests.
 */
export interface WorkflowWorld {
  servers: ListeningApp[];
  ids: IdMap;
  ownerDb: Db;
  /** The owner's connection string, for writes this process does not watch (another server). */
  ownerUrl: string;
  /** The person's browser against server `index` (default the first). */
  as(person: string, index?: number): Session;
  /** Deploys a scenario-style definition (people as handles) as admin. */
  deploy(definition: unknown): Promise<Answer>;
  /** Starts an instance and returns its id (throws unless it worked). */
  start(person: string, processKey: string, form: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

async function listen(database: TestDatabase): Promise<ListeningApp & { dataDir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-world-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    TEST_MODE: 'true',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
  });
  const app = await createApp({
    config,
    databaseUrl: database.appUrl,
    logger: createLogger('silent'),
  });
  const baseUrl = await app.http.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl, dataDir };
}

export async function startWorkflowWorld(
  options: { servers?: number } = {},
): Promise<WorkflowWorld> {
  const database = await createTestDatabase();
  const servers: (ListeningApp & { dataDir: string })[] = [];
  for (let i = 0; i < (options.servers ?? 1); i++) servers.push(await listen(database));
  const first = servers[0]!;
  const org = (JSON.parse(await readFile(orgFile, 'utf8')) as { org: object }).org;
  const response = await fetch(new URL('/api/v1/test/organisation', first.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...org, password }),
  });
  const mapping = (await response.json()) as {
    people: Record<string, string>;
    departments: Record<string, string>;
    roles: Record<string, string>;
  };
  const ids = new IdMap(mapping);
  const sessions = new Map<string, Session>();
  const as = (person: string, index = 0) => {
    const key = `${index}:${person}`;
    let session = sessions.get(key);
    if (!session) {
      session = new Session(servers[index]!.baseUrl, person, password);
      sessions.set(key, session);
    }
    return session;
  };
  const ownerDb = createDb(database.ownerUrl, { max: 2 });
  return {
    servers,
    ids,
    ownerDb,
    ownerUrl: database.ownerUrl,
    as,
    deploy: (definition) =>
      as('admin').post('/api/v1/workflow/processes', definitionToSystem(definition, ids)),
    async start(person, processKey, form) {
      const answer = await as(person).post('/api/v1/workflow/instances', {
        processKey,
        form: ids.formToSystem([], form),
      });
      if (answer.status !== 201) throw new Error(`start failed: ${JSON.stringify(answer.body)}`);
      return (answer.body as { instance: { id: string } }).instance.id;
    },
    async close() {
      for (const server of servers) {
        await server.app.close();
        await rm(server.dataDir, { recursive: true, force: true });
      }
      await ownerDb.destroy();
      await database.drop();
    },
  };
}

/** A linear process: start → nodes in order (each `{ id, ...options }` an approval) → end. */
export function linearProcess(
  key: string,
  nodes: { id: string; [option: string]: unknown }[],
  fields: unknown[] = [
    { key: 'amount', label: '金额', type: 'money', required: true, min: 0 },
    { key: 'reason', label: '事由', type: 'text' },
  ],
) {
  const ids = ['start', ...nodes.map((node) => node.id), 'end'];
  return {
    key,
    name: key,
    form: { fields },
    nodes: [
      { id: 'start', type: 'start' },
      ...nodes.map((node) => ({ type: 'approval', ...node })),
      { id: 'end', type: 'end' },
    ],
    edges: ids.slice(1).map((to, index) => ({ from: ids[index], to })),
  };
}
