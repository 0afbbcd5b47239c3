import type pg from 'pg';

/** What the connection pools of this process hold right now (for /metrics). */
export interface PoolStats {
  /** Connections running a statement or held by a transaction. */
  inUse: number;
  idle: number;
  /** Statements and transactions waiting for a connection: the pools are the bottleneck. */
  waiting: number;
}

// Every pool createDb opened and that has not ended; an app, a CLI or a test may hold several.
const pools = new Set<pg.Pool>();

export function trackPool(pool: pg.Pool): void {
  pools.add(pool);
}

export function poolStats(): PoolStats {
  const stats: PoolStats = { inUse: 0, idle: 0, waiting: 0 };
  for (const pool of pools) {
    if (pool.ended) {
      pools.delete(pool);
      continue;
    }
    stats.inUse += pool.totalCount - pool.idleCount;
    stats.idle += pool.idleCount;
    stats.waiting += pool.waitingCount;
  }
  return stats;
}
