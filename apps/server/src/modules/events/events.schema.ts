import { z } from 'zod';

/** The channel the database triggers announce on (see the events_notify migration). */
export const eventsChannel = 'yuanwu_events';

/** A payload as the triggers send it: `p` is the person, `t` the kind of event. */
export const databaseEvent = z.discriminatedUnion('t', [
  z.object({ p: z.uuid(), t: z.literal('counts') }),
  z.object({
    p: z.uuid(),
    t: z.literal('notification'),
    id: z.uuid(),
    kind: z.string(),
    instanceId: z.uuid(),
  }),
]);

export type DatabaseEvent = z.infer<typeof databaseEvent>;

/** What a browser receives: the SSE event name and its JSON data. */
export interface PersonEvent {
  event: 'notification' | 'counts';
  data: Record<string, unknown>;
}

export function toPersonEvent(event: DatabaseEvent): PersonEvent {
  if (event.t === 'counts') return { event: 'counts', data: {} };
  return {
    event: 'notification',
    data: { id: event.id, kind: event.kind, instanceId: event.instanceId },
  };
}
