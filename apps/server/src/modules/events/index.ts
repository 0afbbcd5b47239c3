import type { AppDeps, AppModule } from '../../http/context.ts';
import { createEventHub, type EventHub } from './events.hub.ts';
import { registerEventRoutes } from './events.routes.ts';

/** The events module of one app: its route and its database listener share one hub. */
export interface EventsModule extends AppModule {
  /** This app's hub; the composition root starts it with the database URL and stops it. */
  hub(deps: AppDeps): EventHub;
}

/**
 * 实时事件: `GET /events` streams a person's new notifications and count
 * changes, fed by PostgreSQL LISTEN/NOTIFY so any number of servers deliver.
 */
export function createEventsModule(): EventsModule {
  // One hub per app (tests run several apps in one process).
  const hubs = new WeakMap<AppDeps, EventHub>();
  const hubOf = (deps: AppDeps) => {
    let hub = hubs.get(deps);
    if (!hub) {
      hub = createEventHub(deps.log);
      hubs.set(deps, hub);
    }
    return hub;
  };
  return {
    name: 'events',
    registerRoutes(app, deps) {
      const hub = hubOf(deps);
      // Open streams would keep the server from closing; end them first.
      app.addHook('preClose', async () => hub.stop());
      registerEventRoutes(app, hub);
    },
    hub: hubOf,
  };
}

export const eventsModule = createEventsModule();
