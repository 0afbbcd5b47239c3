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
