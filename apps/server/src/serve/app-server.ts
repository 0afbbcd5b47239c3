import type { Logger } from 'pino';
import { createApp } from '../app.ts';
import type { AppConfig } from '../config.ts';

/** One process's application, listening. */
export interface AppServer {
  address: string;
  close(): Promise<void>;
}

/** Creates the application on the prepared database and listens on HOST:PORT. */
export async function startAppServer(
  config: AppConfig,
  logger: Logger,
  appUrl: string,
): Promise<AppServer> {
  const app = await createApp({ config, databaseUrl: appUrl, logger });
  // Under node:cluster every worker's listen shares the primary's one socket.
  const address = await app.http.listen({ port: config.port, host: config.host });
  return { address, close: () => app.close() };
}

/** What `npm start` prints once the system serves. */
export function banner(address: string, demoLines: string): string {
  return `\n  院务 Yuanwu is running at ${address}\n\n${demoLines}`;
}
