import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { attachCommitListeners, commitSignal } from './commits.ts';
import { trackPool } from './pool-stats.ts';
import { preparingPool } from './prepared.ts';
import type { Database } from './schema.ts';
import { tableWritesPlugin } from './table-writes.ts';

export type { Database } from './schema.ts';

/** The query builder for the whole database, or one open transaction. */
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either: repositories accept whichever the caller holds. */
export type Executor = Kysely<Database> | Transaction<Database>;

// bigint counts fit in a JS number; numeric (money) stays a string so it is exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Server settings for every connection of one `createDb`, as `-c name=value` options. */
function settingsOption(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
}

/** Connections beside a request pool of `max` for the reads marked `genericPlan`. */
export function listPoolSize(max: number): number {
  return Math.max(1, Math.ceil(max / 2));
}

/**
 * Opens a pooled connection to PostgreSQL. `settings` are given to every connection, e.g.
 * `yuanwu.notify_outbox` that the outbox trigger reads (names and values without spaces).
 */
export function createDb(
  url: string,
  options: { max?: number; settings?: Readonly<Record<string, string>> } = {},
): Db {
  const max = options.max ?? 20;
  const settings = options.settings ?? {};
  // Pipeline mode: a transaction's pipelined statements go out without waiting for the ones
  // before (prepared.ts `pipelined`); statements that are waited for behave as before.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    pipeline: true,
    options: settingsOption(settings),
  });
  pool.on('error', () => {
    // An idle client lost its connection (e.g. the database restarted); the pool replaces it.
  });
  // Connections for the reads marked `genericPlan` (prepared.ts): always the generic plan,
  // and no parallel workers, which would cost more than these index lookups.
  const genericPool = new pg.Pool({
    connectionString: url,
    max: listPoolSize(max),
    options: settingsOption({
      ...settings,
      plan_cache_mode: 'force_generic_plan',
      max_parallel_workers_per_gather: '0',
    }),
  });
  genericPool.on('error', () => {});
  trackPool(pool);
  trackPool(genericPool);
  const commits = commitSignal();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparingPool(pool, genericPool, commits.emit) }),
    // In-process caches hear of this process's own writes (db/table-writes.ts): the session
    // checks of modules/auth are dropped before the next request reads them.
    plugins: [tableWritesPlugin],
  });
  attachCommitListeners(db, commits.listeners);
  return db;
}
