import pg from 'pg';

interface ListenerLog {
  warn(details: object, message: string): void;
}

/** What a channel's listener reports: each payload, and each (re)connection and loss. */
export interface ChannelHandlers {
  onNotification(payload: string): void;
  /** Listening (again): notifications sent while it was not have been missed. */
  onListening?(): void;
  /** The connection was lost: notifications are missed until `onListening`. */
  onLost?(): void;
}

/** A LISTEN connection: `start` connects (a failure retries in the background), `stop` ends it. */
export interface ChannelListener {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One dedicated connection per server process that LISTENs on `channel` (a pooled
 * connection cannot: the pool hands it to others). A lost connection is re-opened with a
 * growing pause; the handlers hear of both, so a cache can stop trusting itself meanwhile.
 */
export function listenToChannel(
  databaseUrl: string,
  channel: string,
  handlers: ChannelHandlers,
  log: ListenerLog,
): ChannelListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryDelay = 500;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload) handlers.onNotification(message.payload);
    });
    next.on('error', (error) => {
      log.warn({ err: error, channel }, 'listener connection lost');
      if (client === next) {
        client = null;
        handlers.onLost?.();
      }
      next.end().catch(() => undefined);
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    retryDelay = 500;
    handlers.onListening?.();
  };

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch((error: unknown) => {
        log.warn({ err: error, channel }, 'listener could not reconnect');
        retryDelay = Math.min(retryDelay * 2, 30_000);
        scheduleReconnect();
      });
    }, retryDelay);
    retryTimer.unref();
  };

  return {
    async start(): Promise<void> {
      try {
        await connect();
      } catch (error) {
        log.warn({ err: error, channel }, 'listener could not connect');
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
