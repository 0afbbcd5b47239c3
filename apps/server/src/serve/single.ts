import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import { banner, startAppServer } from './app-server.ts';
import type { PreparedDatabase } from './database.ts';
import { onStopSignals } from './signals.ts';

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

  let stopping = false;
  onStopSignals((signal) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void (async () => {
      let code = 0;
      try {
        await server.close();
        await database.stop();
      } catch (error) {
        logger.error({ err: error }, 'unclean shutdown');
        code = 1;
      }
      process.exit(code);
    })();
  });
}
