import type { AppDeps } from '../../http/context.ts';
import { createCacheFreshness, type CacheFreshness } from './cache.freshness.ts';
import { createDefinitionCache, type DefinitionCache } from './definitions.cache.ts';
import { createDelegationsCache, type DelegationsCache } from './delegations.cache.ts';
import { createDirectoryCache, type DirectoryCache } from './directory.snapshot.ts';
import { createProcessesCache, type ProcessesCache } from './processes.cache.ts';
import {
  createNotificationDispatcher,
  type NotificationChannel,
  type NotificationDispatcher,
} from './notification.channel.ts';

/** What the workflow services share in one server process: caches, settings, channels. */
export interface WorkflowRuntime {
  directory: DirectoryCache;
  delegations: DelegationsCache;
  /** The live processes, categories, current versions and rights. */
  processes: ProcessesCache;
  /** Tells the caches above of changes; the composition root starts and stops it. */
  freshness: CacheFreshness;
  definitions: DefinitionCache;
  /** For `today()` and `now()` in expressions. */
  timeZone: string;
  notifications: NotificationDispatcher;
}

/** Builds the runtime once per app. */
export function createWorkflowRuntime(
  deps: AppDeps,
  channels: readonly NotificationChannel[] = [],
): WorkflowRuntime {
  const freshness = createCacheFreshness();
  const processes = createProcessesCache(freshness);
  return {
    directory: createDirectoryCache(freshness),
    delegations: createDelegationsCache(freshness),
    processes,
    freshness,
    definitions: createDefinitionCache(),
    timeZone: deps.config.timeZone,
    notifications: createNotificationDispatcher(channels, deps.log),
  };
}
