import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import { answerMetricsRequests } from '../http/cluster-metrics.ts';
import { banner } from './app-server.ts';
import type { PreparedDatabase } from './database.ts';
import { isMessage } from './messages.ts';
import { gracefulStop, onStopSignals } from './signals.ts';
import type { ListeningMessage } from './worker.ts';

// A worker that ends unasked is replaced after a pause; one ending over and over (a bad
// deployment, the database gone) stops the whole server so its supervisor sees the failure.
const restartDelayMs = 1_000;
const crashWindowMs = 60_000;
const crashLimit = 5;
// How long a worker may take to finish its requests before it is killed.
const stopGraceMs = 30_000;

/**
 * WORKERS>1: this process keeps the database (started and migrated already) and
 * runs WORKERS server processes that share the port through node:cluster; any
 * number of servers may share one database (caches hear changes by NOTIFY).
 */
export async function serveWithWorkers(
  config: AppConfig,
  logger: Logger,
  database: PreparedDatabase,
  demoLines: string,
): Promise<void> {
  answerMetricsRequests();
  const fork = (): Worker => cluster.fork({ DATABASE_URL: database.appUrl, SEED_DEMO: 'false' });

  const stopWorkers = async (): Promise<void> => {
    const alive = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => worker !== undefined && !worker.isDead(),
    );
    await Promise.all(
      alive.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), stopGraceMs);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };
  const shutdown = gracefulStop(logger, async () => {
    await stopWorkers();
    await database.stop();
  });

  let address: string;
  try {
    address = await startWorkers(config.workers, fork);
  } catch (error) {
    await stopWorkers();
    await database.stop();
    throw error;
  }
  const pids = Object.values(cluster.workers ?? {}).map((worker) => worker?.process.pid);
  logger.info({ address, workers: pids }, 'Yuanwu is running');
  process.stdout.write(banner(address, demoLines));

  const ended: number[] = [];
  cluster.on('exit', (worker, code, signal) => {
    if (shutdown.started) return;
    const now = Date.now();
    ended.push(now);
    while (ended[0] !== undefined && ended[0] < now - crashWindowMs) ended.shift();
    if (ended.length > crashLimit) {
      logger.fatal(
        { ended: ended.length, withinMs: crashWindowMs },
        'server processes keep ending',
      );
      shutdown.stop('server processes keep ending', 1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a server process ended; replacing it');
    // Checked again when due: the whole process group may be stopping (systemd, Ctrl-C).
    setTimeout(() => {
      if (!shutdown.started) fork();
    }, restartDelayMs);
  });

  onStopSignals((signal) => shutdown.stop(signal));
}

/** Forks `count` workers; the address once all serve, or why one ended first. */
function startWorkers(count: number, fork: () => Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    let serving = 0;
    const onMessage = (_worker: Worker, message: unknown) => {
      if (!isMessage<ListeningMessage>(message, 'yuanwu:listening')) return;
      serving += 1;
      if (serving < count) return;
      settle();
      resolve(message.address);
    };
    const onExit = (_worker: Worker, code: number | null, signal: string | null) => {
      settle();
      reject(new Error(`a server process ended while starting (${signal ?? `exit code ${code}`})`));
    };
    const settle = () => {
      cluster.off('message', onMessage);
      cluster.off('exit', onExit);
    };
    cluster.on('message', onMessage);
    cluster.on('exit', onExit);
    for (let index = 0; index < count; index += 1) fork();
  });
}
