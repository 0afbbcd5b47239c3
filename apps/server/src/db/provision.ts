import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { EmbeddedCluster } from './embedded.ts';

/** The connection the migrations use and the one the application uses. */
export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

export const appRoleName = 'yuanwu_app';

/**
 * Creates the application database on an embedded cluster and a separate,
 * less privileged login role for the running application: it can read and
 * write business tables but cannot alter the schema, nor update or delete
 * audit rows.
 */
export async function provisionEmbeddedDatabase(
  cluster: EmbeddedCluster,
  dataDir: string,
  database = 'yuanwu',
): Promise<DatabaseUrls> {
  const secretFile = path.join(dataDir, 'app-role.json');
  const password = existsSync(secretFile)
    ? (JSON.parse(await readFile(secretFile, 'utf8')) as { password: string }).password
    : randomBytes(18).toString('base64url');
  const admin = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  try {
    await ensureDatabase(admin, database);
  } finally {
    await admin.end();
  }
  const owner = new pg.Client({ connectionString: cluster.urlFor(database) });
  await owner.connect();
  try {
    await ensureAppRole(owner, database, password);
  } finally {
    await owner.end();
  }
  if (!existsSync(secretFile)) {
    await writeFile(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  return {
    ownerUrl: cluster.urlFor(database),
    appUrl: cluster.urlFor(database, { name: appRoleName, password }),
  };
}

/** Creates the database unless it exists (two processes may race: both succeed). */
export async function ensureDatabase(admin: pg.Client, database: string): Promise<void> {
  const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (found.rowCount) return;
  try {
    await admin.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error;
  }
}

/** Creates (or updates) the application role and its default privileges. */
export async function ensureAppRole(
  owner: pg.Client,
  database: string,
  password: string,
): Promise<void> {
  await owner.query('SELECT pg_advisory_lock(727001)');
  try {
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [appRoleName]);
    const literal = `'${password.replaceAll("'", "''")}'`;
    await owner.query(
      exists.rowCount
        ? `ALTER ROLE ${appRoleName} WITH LOGIN PASSWORD ${literal}`
        : `CREATE ROLE ${appRoleName} WITH LOGIN PASSWORD ${literal}`,
    );
    const safeDb = database.replaceAll('"', '');
    await owner.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${safeDb}" TO ${appRoleName}`);
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${appRoleName}`);
    await owner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRoleName}`,
    );
    await owner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRoleName}`,
    );
  } finally {
    await owner.query('SELECT pg_advisory_unlock(727001)');
  }
}
