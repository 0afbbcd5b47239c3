import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureAppRole } from '../src/db/provision.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgSuperuserUrl: string;
    pgTemplate: string;
    pgAppPassword: string;
  }
}

export const templateName = 'yuanwu_template';
const appPassword = 'test-app-password';

/**
 * One real PostgreSQL for the whole run (or TEST_DATABASE_URL's server): a
 * template database is migrated once, and each test file clones it.
 */
export default async function setup(project: TestProject) {
  let superuserUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dir: string | null = null;
  if (!superuserUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-test-pg-'));
    const cluster = await startEmbeddedPostgres(dir);
    superuserUrl = cluster.urlFor('postgres');
    stop = () => cluster.stop();
  }
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${templateName}`);
  await admin.end();

  const templateUrl = withDatabase(superuserUrl, templateName);
  const owner = new pg.Client({ connectionString: templateUrl });
  await owner.connect();
  await ensureAppRole(owner, templateName, appPassword);
  await owner.end();
  const db = createDb(templateUrl, { max: 1 });
  await migrateToLatest(db);
  await db.destroy();

  project.provide('pgSuperuserUrl', superuserUrl);
  project.provide('pgTemplate', templateName);
  project.provide('pgAppPassword', appPassword);
  return async () => {
    await stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(
  url: string,
  database: string,
  user?: { name: string; password: string },
): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user) {
    parsed.username = encodeURIComponent(user.name);
    parsed.password = encodeURIComponent(user.password);
  }
  return parsed.toString();
}
