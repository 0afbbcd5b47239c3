import { sql } from 'kysely';
import type { Logger } from 'pino';
import { listPoolSize, type Db } from '../db/database.ts';

// Each server process LISTENs on one connection apiece for live events, session changes
// and the workflow caches (db/listen.ts).
const listenConnections = 3;
// Beside the servers: the primary's migrations and seed, a CLI command or two, psql.
const embeddedHeadroom = 30;
// The embedded cluster's setting when the servers need fewer.
const embeddedMinimum = 200;

/** The most connections the server processes of this machine may open together. */
export function serverConnections(config: { workers: number; databasePoolSize: number }): number {
  const perProcess =
    config.databasePoolSize + listPoolSize(config.databasePoolSize) + listenConnections;
  return config.workers * perProcess;
}

/**
 * max_connections for the embedded cluster: room for every server process's pools, so
 * that WORKERS=auto on a machine with many cores cannot run out under load.
 */
export function embeddedMaxConnections(config: {
  workers: number;
  databasePoolSize: number;
}): number {
  return Math.max(embeddedMinimum, serverConnections(config) + embeddedHeadroom);
}

/**
 * An external database's max_connections is the DBA's; other app servers may share it,
 * and pools open connections only under load. So a shortfall is a warning at start, with
 * the figures, rather than a refusal: under load requests would fail with "too many clients".
 */
export async function warnIfConnectionsShort(
  db: Db,
  config: { workers: number; databasePoolSize: number },
  logger: Logger,
): Promise<void> {
  const { rows } = await sql<{ allowed: number; reserved: number; open: number }>`
    SELECT current_setting('max_connections')::int AS allowed,
           current_setting('superuser_reserved_connections')::int AS reserved,
           (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend') AS open`.execute(
    db,
  );
  const figures = rows[0];
  if (!figures) return;
  const needed = serverConnections(config);
  const available = figures.allowed - figures.reserved - figures.open;
  if (needed <= available) return;
  logger.warn(
    { needed, maxConnections: figures.allowed, open: figures.open, ...config },
    `the database allows ${figures.allowed} connections (${figures.open} open) and these ` +
      `${config.workers} server processes may open ${needed}: raise max_connections, or ` +
      `lower WORKERS or DATABASE_POOL_SIZE`,
  );
}
