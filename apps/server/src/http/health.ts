import { sql } from 'kysely';
import client from 'prom-client';
import type { ApiApp, AppDeps } from './context.ts';
import { migrationsApplied } from '../db/migrate.ts';
import { poolStats } from '../db/pool-stats.ts';
import { metricsReader } from './cluster-metrics.ts';

/** Prometheus registry for this process, with Node's default metrics. */
export const metricsRegistry = new client.Registry();
client.collectDefaultMetrics({ register: metricsRegistry, prefix: 'yuanwu_' });

export const httpDuration = new client.Histogram({
  name: 'yuanwu_http_request_duration_seconds',
  help: 'HTTP request duration by route, method and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

// Requests waiting for a database connection while connections are all in use: the pool
// (DATABASE_POOL_SIZE per process) is the bottleneck, not the database's CPU.
new client.Gauge({
  name: 'yuanwu_db_pool_connections',
  help: 'Database connections of this process by state (in_use, idle, waiting for one)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const stats = poolStats();
    this.set({ state: 'in_use' }, stats.inUse);
    this.set({ state: 'idle' }, stats.idle);
    this.set({ state: 'waiting' }, stats.waiting);
  },
});

/** Liveness, readiness and metrics, outside /api and without a session. */
export function registerHealthRoutes(app: ApiApp, deps: AppDeps): void {
  // Under WORKERS>1 any worker answers for all of them (http/cluster-metrics.ts).
  const readMetrics = metricsReader(metricsRegistry);
  app.get('/healthz', { logLevel: 'warn' }, () => ({ status: 'ok' }));

  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: false, migrations: false });
    }
    const migrations = await migrationsApplied(deps.db);
    return reply
      .status(migrations ? 200 : 503)
      .send({ status: migrations ? 'ready' : 'migrating', database: true, migrations });
  });

  app.get('/metrics', { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('content-type', metricsRegistry.contentType);
    return readMetrics();
  });
}
