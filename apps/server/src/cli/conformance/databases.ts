import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';

/** A fresh database for one scenario. */
export interface ScenarioDatabase {
  /** What the app connects with. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A PostgreSQL server with a migrated template that scenarios clone. */
export interface ConformanceDatabases {
  create(): Promise<ScenarioDatabase>;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string, user?: { name: string; password: string }) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user) {
    parsed.username = encodeURIComponent(user.name);
    parsed.password = encodeURIComponent(user.password);
  }
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real embedded PostgreSQL in a temporary directory, or uses
 * DATABASE_URL's server (its user must be allowed to create databases; the app
 * then connects as that user too, so no role on a shared server is changed).
 * Migrates one template; each scenario gets a clone (a file copy, fast).
 */
export async function startConformanceDatabases(
  databaseUrl: string | undefined,
): Promise<ConformanceDatabases> {
  let serverUrl = databaseUrl;
  let stop = async () => {};
  let appUser: { name: string; password: string } | undefined;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-conformance-'));
    const { startEmbeddedPostgres } = await import('../../db/embedded.ts');
    const cluster = await startEmbeddedPostgres(dir);
    serverUrl = cluster.urlFor('postgres');
    stop = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const suffix = randomBytes(4).toString('hex');
  const template = `yw_conformance_${suffix}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  if (!databaseUrl) {
    const { appRoleName, ensureAppRole } = await import('../../db/provision.ts');
    const password = randomBytes(18).toString('base64url');
    await admin(withDatabase(serverUrl, template), (client) =>
      ensureAppRole(client, template, password),
    );
    appUser = { name: appRoleName, password };
  }
  const owner = createDb(withDatabase(serverUrl, template), { max: 1 });
  await migrateToLatest(owner);
  await owner.destroy();
  const server = serverUrl;
  let count = 0;
  return {
    async create() {
      const name = `${template}_${++count}`;
      await admin(server, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return {
        appUrl: withDatabase(server, name, appUser),
        drop: async () => {
          await admin(server, (client) =>
            client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
          );
        },
      };
    },
    async close() {
      await admin(server, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`),
      );
      await stop();
    },
  };
}
