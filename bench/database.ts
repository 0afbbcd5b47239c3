import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../apps/server/src/db/embedded.ts';
import { provisionEmbeddedDatabase } from '../apps/server/src/db/provision.ts';

/** The database the benchmark runs on: a fresh embedded cluster, or `DATABASE_URL`. */
export interface BenchDatabase {
  /** Owner connection: schema, bulk loads, statistics. The server gets the same URL. */
  url: string;
  cluster: EmbeddedCluster | null;
  dataDir: string;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<T>>;
  /** One connection, for temporary tables and explicit transactions. */
  connect(): Promise<pg.PoolClient>;
  close(): Promise<void>;
}

/**
 * Server settings to try, from BENCH_PG_SETTINGS (`name=value,name=value`): a setting is
 * measured by alternating runs with and without it on the same data (docs/benchmarks.md).
 */
function settingsToTry(): Record<string, string> {
  const raw = process.env.BENCH_PG_SETTINGS ?? '';
  const pairs = raw.split(',').filter((pair) => pair.includes('='));
  return Object.fromEntries(pairs.map((pair) => pair.split('=', 2) as [string, string]));
}

/** Opens a fresh embedded cluster, the one a run before left in `reuse`, or `DATABASE_URL`. */
export async function openBenchDatabase(reuse: string | null = null): Promise<BenchDatabase> {
  const dataDir = reuse ?? (await mkdtemp(path.join(os.tmpdir(), 'yuanwu-bench-')));
  let cluster: EmbeddedCluster | null = null;
  let url = process.env.DATABASE_URL;
  if (url === undefined) {
    // The server's machine-sized settings (embedded.settings.ts), plus per-query
    // statistics, so a run can be explained with pg_stat_statements afterwards.
    cluster = await startEmbeddedPostgres(dataDir, {
      settings: {
        shared_preload_libraries: 'pg_stat_statements',
        'pg_stat_statements.track': 'top',
        track_io_timing: 'on',
        ...settingsToTry(),
      },
    });
    url = (await provisionEmbeddedDatabase(cluster, dataDir)).ownerUrl;
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    url,
    cluster,
    dataDir,
    query: (text, values) => pool.query(text, values),
    connect: () => pool.connect(),
    async close() {
      await pool.end();
      await cluster?.stop();
    },
  };
}

/**
 * Reads every table and index of the application into PostgreSQL's buffers, as a live
 * server's cache holds them: a reused cluster (`--reuse`) starts with empty buffers, and its
 * first minutes would measure the disk instead of the product.
 */
export async function prewarm(db: BenchDatabase): Promise<void> {
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
  await db.query(`
    SELECT sum(pg_prewarm(c.oid))
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')`);
}

/** Some running instances, for opening one at random. */
export async function runningInstanceIds(db: BenchDatabase, limit = 500): Promise<string[]> {
  const found = await db.query<{ id: string }>(
    `SELECT id FROM workflow_instance WHERE status = 'running' ORDER BY created_at DESC LIMIT $1`,
    [limit],
  );
  return found.rows.map((row) => row.id);
}
