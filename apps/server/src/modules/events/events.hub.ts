import type { ServerResponse } from 'node:http';
import { createDatabaseListener } from './events.listener.ts';
import { toPersonEvent, type DatabaseEvent, type PersonEvent } from './events.schema.ts';

/** A comment line every 25 s keeps proxies from closing an idle stream. */
const heartbeatMs = 25_000;

/** An open event stream of one browser tab. */
export interface EventStream {
  personId: string | null;
  response: ServerResponse;
}

/** Writes one SSE message; returns false when the socket is gone. */
export function writeEvent(response: ServerResponse, message: PersonEvent): boolean {
  if (response.writableEnded || response.destroyed) return false;
  response.write(`event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`);
  return true;
}

/**
 * The streams connected to this server process, by person, fed by the
 * database listener. Each server holds its own; NOTIFY reaches them all.
 */
export function createEventHub(log: { warn(details: object, message: string): void }) {
  const streams = new Map<string, Set<EventStream>>();
  const all = new Set<EventStream>();
  let listener: ReturnType<typeof createDatabaseListener> | null = null;
  let heartbeat: NodeJS.Timeout | null = null;

  const deliver = (event: DatabaseEvent) => {
    const message = toPersonEvent(event);
    for (const stream of streams.get(event.p) ?? []) writeEvent(stream.response, message);
  };

  return {
    async start(databaseUrl: string): Promise<void> {
      listener = createDatabaseListener(databaseUrl, deliver, log);
      await listener.start();
      heartbeat = setInterval(() => {
        for (const stream of all) {
          if (!stream.response.destroyed) stream.response.write(': heartbeat\n\n');
        }
      }, heartbeatMs);
      heartbeat.unref();
    },
    /** Ends every stream (browsers reconnect to another server) and the listener. */
    async stop(): Promise<void> {
      if (heartbeat) clearInterval(heartbeat);
      for (const stream of all) stream.response.end();
      all.clear();
      streams.clear();
      await listener?.stop();
    },
    add(stream: EventStream): () => void {
      all.add(stream);
      if (stream.personId) {
        const set = streams.get(stream.personId) ?? new Set<EventStream>();
        set.add(stream);
        streams.set(stream.personId, set);
      }
      return () => {
        all.delete(stream);
        if (!stream.personId) return;
        const set = streams.get(stream.personId);
        set?.delete(stream);
        if (set?.size === 0) streams.delete(stream.personId);
      };
    },
    /** Open streams on this server (for tests and metrics). */
    size: () => all.size,
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
