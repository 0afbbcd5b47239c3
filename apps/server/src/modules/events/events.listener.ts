import { listenToChannel, type ChannelListener } from '../../db/listen.ts';
import { databaseEvent, eventsChannel, type DatabaseEvent } from './events.schema.ts';

interface ListenerLog {
  warn(details: object, message: string): void;
}

/**
 * The events channel's LISTEN connection (db/listen.ts). Events sent while it is lost
 * are lost, which costs browsers nothing but a later refetch.
 */
export function createDatabaseListener(
  databaseUrl: string,
  onEvent: (event: DatabaseEvent) => void,
  log: ListenerLog,
): ChannelListener {
  return listenToChannel(
    databaseUrl,
    eventsChannel,
    {
      onNotification(payload) {
        let json: unknown;
        try {
          json = JSON.parse(payload);
        } catch {
          return;
        }
        const parsed = databaseEvent.safeParse(json);
        if (parsed.success) onEvent(parsed.data);
      },
    },
    log,
  );
}
