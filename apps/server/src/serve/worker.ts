import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import { startAppServer } from './app-server.ts';
import { gracefulStop, onStopSignals } from './signals.ts';

/** What a worker tells its primary once it serves. */
export interface ListeningMessage {
  type: 'yuanwu:listening';
  address: string;
}

/**
 * A node:cluster worker: serves on the database its primary prepared (passed
 * as DATABASE_URL) and stops gracefully on SIGTERM or when the primary is gone.
 */
export async function serveAsWorker(config: AppConfig, logger: Logger): Promise<void> {
  if (!config.databaseUrl) throw new Error('a server worker is started by its primary only');
  const server = await startAppServer(config, logger, config.databaseUrl);
  const listening: ListeningMessage = { type: 'yuanwu:listening', address: server.address };
  process.send?.(listening);

  const shutdown = gracefulStop(logger, () => server.close());
  // Ctrl-C and SIGHUP reach the whole process group from a terminal; the primary decides
  // and relays its stop as SIGTERM, after which it stops the database.
  onStopSignals((signal) => shutdown.stop(signal), ['SIGTERM']);
  // Never outlive the primary (killed with SIGKILL, say): nobody would restart or stop us.
  process.on('disconnect', () => shutdown.stop('primary gone'));
}
