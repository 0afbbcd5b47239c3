import type { AppDeps } from '../../http/context.ts';
import { createDefinitionCache, type DefinitionCache } from './definitions.cache.ts';
import { createDirectoryCache, type DirectoryCache } from './directory.snapshot.ts';
import {
  createNotificationDispatcher,
  type NotificationChannel,
  type NotificationDispatcher,
} from './notification.channel.ts';

/** What the workflow services share in one server process: caches, settings, channels. */
export interface WorkflowRuntime {
  directory: DirectoryCache;
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
  return {
    directory: createDirectoryCache(),
    definitions: createDefinitionCache(),
    timeZone: deps.config.timeZone,
    notifications: createNotificationDispatcher(channels, deps.log),
  };
}
