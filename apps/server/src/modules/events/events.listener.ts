import pg from 'pg';
import { databaseEvent, eventsChannel, type DatabaseEvent } from './events.schema.ts';

interface ListenerLog {
  warn(details: object, message: string): void;
}

/**
 * One dedicated connection per server process that LISTENs on the events
 * channel. A lost connection is re-opened with a growing pause; events sent
 * meanwhile are lost, which costs browsers nothing but a later refetch.
 */
export function createDatabaseListener(
  databaseUrl: string,
  onEvent: (event: DatabaseEvent) => void,
  log: ListenerLog,
) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryDelay = 500;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel !== eventsChannel || !message.payload) return;
      let json: unknown;
      try {
        json = JSON.parse(message.payload);
      } catch {
        return;
      }
      const parsed = databaseEvent.safeParse(json);
      if (parsed.success) onEvent(parsed.data);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'events listener connection lost');
      if (client === next) client = null;
      next.end().catch(() => undefined);
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${eventsChannel}`);
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    retryDelay = 500;
  };

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch((error: unknown) => {
        log.warn({ err: error }, 'events listener could not reconnect');
        retryDelay = Math.min(retryDelay * 2, 30_000);
        scheduleReconnect();
      });
    }, retryDelay);
    retryTimer.unref();
  };

  return {
    /** Connects once; a failure here is reported (the server still serves without live events). */
    async start(): Promise<void> {
      try {
        await connect();
      } catch (error) {
        log.warn({ err: error }, 'events listener could not connect');
        scheduleReconnect();
      }
    },
    async stop(): Promise<void> {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
