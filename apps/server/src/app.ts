import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdjustableClock, systemClock, type Clock } from '@yuanwu/kernel';
import type { Logger } from 'pino';
import type { AppConfig } from './config.ts';
import { createDb, type Db } from './db/database.ts';
import { startNotifyPump } from './db/notify-pump.ts';
import type { ApiApp, AppDeps, AppModule } from './http/context.ts';
import { createHttpServer } from './http/server.ts';
import {
  auditModule,
  createAuditRecorder,
  loadAuditKey,
  startAuditSealing,
} from './modules/audit/index.ts';
import {
  authModule,
  createAuthenticator,
  createPersonAccountListener,
} from './modules/auth/index.ts';
import { budgetModule } from './modules/budget/index.ts';
import { formToolsModule } from './modules/form-tools/index.ts';
import { eventsModule } from './modules/events/index.ts';
import { filesModule } from './modules/files/index.ts';
import { notifyChannelsModule, outboxConnectionSettings } from './modules/notify-channels/index.ts';
import { orgModule, setPersonLifecycleListener } from './modules/org/index.ts';
import { templatesModule } from './modules/templates/index.ts';
import { workflowModule } from './modules/workflow/index.ts';
import { workbenchModule } from './modules/workbench/index.ts';

/** Every module, in the order their routes are registered. */
export const modules: readonly AppModule[] = [
  authModule,
  auditModule,
  orgModule,
  workflowModule,
  formToolsModule,
  budgetModule,
  templatesModule,
  workbenchModule,
  eventsModule,
  filesModule,
  notifyChannelsModule,
];

/** Keeps accounts in step with people: org announces, auth reacts, neither imports the other. */
function linkPeopleToAccounts(): void {
  const accounts = createPersonAccountListener();
  setPersonLifecycleListener({
    onPersonCreated: (ctx, person) => accounts.personCreated(ctx, person),
    onPersonRenamed: (ctx, person) => accounts.personRenamed(ctx, person),
    onPersonStatusChanged: (ctx, personId, status) =>
      status === 'disabled'
        ? accounts.personDisabled(ctx, personId)
        : accounts.personEnabled(ctx, personId),
  });
}

/** A running application: the HTTP server and what it holds. */
export interface App {
  http: ApiApp;
  deps: AppDeps;
  clock: Clock;
  close(): Promise<void>;
}

/** What every database connection of this server is told (the outbox trigger reads it). */
export function databaseSettings(config: AppConfig): Record<string, string> {
  return outboxConnectionSettings(config.notify);
}

/** Composition root: wires configuration, database, modules and HTTP together. */
export async function createApp(options: {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  db?: Db;
  /** Replaces the module list (tests add probe modules). */
  modules?: readonly AppModule[];
}): Promise<App> {
  const { config, logger } = options;
  const db =
    options.db ??
    createDb(options.databaseUrl, {
      max: config.databasePoolSize,
      settings: databaseSettings(config),
    });
  linkPeopleToAccounts();
  const clock: Clock = config.testMode ? new AdjustableClock() : systemClock;
  const auditKey = await loadAuditKey(config.auditKeyFile);
  const deps: AppDeps = {
    config,
    db,
    clock,
    log: logger,
    audit: createAuditRecorder(db, auditKey, clock),
  };
  // Session checks cached per server, dropped on change on every server (modules/auth).
  const authenticator = createAuthenticator(deps);
  await authenticator.start(options.databaseUrl);
  const http = await createHttpServer({
    deps,
    modules: options.modules ?? modules,
    authenticator,
    logger,
    webDistDir: resolveWebDist(config),
  });
  // The organisation and delegations every workflow command consults, kept in memory.
  const workflowCaches = workflowModule.caches(deps);
  await workflowCaches.start(options.databaseUrl, logger);
  // Fires workflow timers and ends expired delegations (docs/decisions/0001-workflow-timers.md).
  const sweeper = workflowModule.sweeper(deps);
  sweeper.start();
  // Chains audit entries no request sealed (background jobs, a server stopped mid-way).
  const stopSealing = startAuditSealing({
    db,
    audit: deps.audit,
    onError: (error) => logger.error({ err: error }, 'audit seal failed'),
  });
  // Sends the notifications that triggers queue (live events, session cache) after commit.
  const notifyPump = startNotifyPump(db, logger);
  // Live events for browsers: one LISTEN connection per process (modules/events).
  const events = eventsModule.hub(deps);
  await events.start(options.databaseUrl);
  return {
    http,
    deps,
    clock,
    close: async () => {
      await sweeper.stop();
      await stopSealing();
      await events.stop();
      await http.close();
      await notifyPump.stop();
      await workflowCaches.stop();
      await authenticator.stop();
      if (!options.db) await db.destroy();
    },
  };
}

function resolveWebDist(config: AppConfig): string {
  if (config.webDistDir) return path.resolve(config.webDistDir);
  // Development runs from apps/server/src, the production bundle from apps/server/dist.
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../web/dist');
}
