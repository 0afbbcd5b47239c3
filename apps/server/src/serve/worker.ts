import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import { startAppServer } from './app-server.ts';
import { onStopSignals } from './signals.ts';

/** What a worker tells its primary once it serves. */
export interface ListeningMessage {
  type: 'yuanwu:listening';
  address: string;
}

export function isListeningMessage(message: unknown): message is ListeningMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'yuanwu:listening'
  );
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

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'server process stopping');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  // Ctrl-C and SIGHUP reach the whole process group from a terminal; the primary decides
  // and relays its stop as SIGTERM, after which it stops the database.
  onStopSignals(stop, ['SIGTERM']);
  // Never outlive the primary (killed with SIGKILL, say): nobody would restart or stop us.
  process.on('disconnect', () => stop('primary gone'));
}
