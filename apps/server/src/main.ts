import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { prepareDatabase, seedDemoIfAsked } from './serve/database.ts';
import { serveWithWorkers } from './serve/primary.ts';
import { serveInThisProcess } from './serve/single.ts';
import { serveAsWorker } from './serve/worker.ts';

/**
 * Starts the database (embedded unless DATABASE_URL), migrates, seeds and
 * serves: in this process, or in WORKERS processes sharing the port.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return serveAsWorker(config, logger);

  const database = await prepareDatabase(config, logger);
  const demoLines = await seedDemoIfAsked(config, database.appUrl, logger);
  if (config.workers > 1) return serveWithWorkers(config, logger, database, demoLines);
  return serveInThisProcess(config, logger, database, demoLines);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Yuanwu could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
