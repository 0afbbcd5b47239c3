import type { AppConfig } from '../config.ts';
import { createDb, type Db } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { provisionEmbeddedDatabase } from '../db/provision.ts';

/**
 * The database an operator command works on: DATABASE_URL, or else the
 * embedded cluster under DATA_DIR (joined if the server is running, started
 * and stopped again if not). Connects as the application role.
 */
export async function openCommandDatabase(
  config: AppConfig,
): Promise<{ db: Db; close: () => Promise<void> }> {
  let url = config.databaseUrl;
  let stop = async () => {};
  if (!url) {
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
