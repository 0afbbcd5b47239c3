import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import { banner, startAppServer } from './app-server.ts';
import type { PreparedDatabase } from './database.ts';
import { gracefulStop, onStopSignals } from './signals.ts';

/** WORKERS=1: this process serves, and stops the database it started when told to stop. */
export async function serveInThisProcess(
  config: AppConfig,
  logger: Logger,
  database: PreparedDatabase,
  demoLines: string,
): Promise<void> {
  const server = await startAppServer(config, logger, database.appUrl);
  logger.info({ address: server.address }, 'Yuanwu is running');
  process.stdout.write(banner(server.address, demoLines));

  const shutdown = gracefulStop(logger, async () => {
    await server.close();
    await database.stop();
  });
  onStopSignals((signal) => shutdown.stop(signal));
}
