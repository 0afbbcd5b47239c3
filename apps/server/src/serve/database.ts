import { systemClock } from '@yuanwu/kernel';
import type { Logger } from 'pino';
import { databaseSettings } from '../app.ts';
import type { AppConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { provisionEmbeddedDatabase } from '../db/provision.ts';
import { describeDemoLogins, seedDemoHospital } from '../seed/demo.ts';
import { demoPassword } from '../seed/demo-password.ts';
import { embeddedMaxConnections, warnIfConnectionsShort } from './connection-budget.ts';
import { adviseHugePages } from './huge-pages.ts';

/** The database every server process of this machine uses, migrated and ready. */
export interface PreparedDatabase {
  /** The application role's connection (never the owner's). */
  appUrl: string;
  /** Stops the embedded cluster this started; nothing for an external database. */
  stop(): Promise<void>;
}

/** Starts the embedded PostgreSQL unless DATABASE_URL is set, then migrates. */
export async function prepareDatabase(
  config: AppConfig,
  logger: Logger,
): Promise<PreparedDatabase> {
  let ownerUrl: string;
  let appUrl: string;
  let stop = async () => {};
  if (config.databaseUrl) {
    ownerUrl = appUrl = config.databaseUrl;
  } else {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    const cluster = await startEmbeddedPostgres(config.dataDir, {
      log: (line) => logger.debug({ postgres: line.trim() }, 'postgres'),
      settings: { max_connections: String(embeddedMaxConnections(config)) },
    });
    ({ ownerUrl, appUrl } = await provisionEmbeddedDatabase(cluster, config.dataDir));
    stop = () => cluster.stop();
  }
  const owner = createDb(ownerUrl, { max: 2 });
  try {
    const applied = await migrateToLatest(owner);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    if (config.databaseUrl) await warnIfConnectionsShort(owner, config, logger);
    await adviseHugePages(owner, logger);
  } finally {
    await owner.destroy();
  }
  return { appUrl, stop };
}

/**
 * Seeds the demo hospital when SEED_DEMO asks (once per database, whichever
 * process comes first) and returns the sign-in lines to print, or ''.
 */
export async function seedDemoIfAsked(
  config: AppConfig,
  appUrl: string,
  logger: Logger,
): Promise<string> {
  if (!config.seedDemo) return '';
  const db = createDb(appUrl, { max: 1, settings: databaseSettings(config) });
  try {
    const logins = await seedDemoHospital(db, {
      clock: systemClock,
      password: await demoPassword(config.dataDir, config.demoPassword),
      testMode: config.testMode,
    });
    if (logins.seededNow) logger.info('demo hospital seeded');
    return `${describeDemoLogins(logins)}\n\n`;
  } finally {
    await db.destroy();
  }
}
