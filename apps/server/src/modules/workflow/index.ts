import type { AppDeps, AppModule } from '../../http/context.ts';
import { registerActionRoutes } from './actions.routes.ts';
import { registerDefinitionRoutes } from './definitions.routes.ts';
import { registerDesignRoutes } from './design.routes.ts';
import { registerDelegationRoutes } from './delegations.routes.ts';
import { registerInstanceRoutes } from './instances.routes.ts';
import { registerListRoutes } from './lists.routes.ts';
import { registerMonitorRoutes } from './monitor.routes.ts';
import type { NotificationChannel } from './notification.channel.ts';
import { registerNotificationRoutes } from './notifications.routes.ts';
import { registerTestingRoutes } from './testing.routes.ts';
import { createSweeper, type WorkflowSweeper } from './timers.sweeper.ts';
import type { CacheFreshness } from './cache.freshness.ts';
import { createWorkflowRuntime, type WorkflowRuntime } from './workflow.runtime.ts';

export type { NotificationChannel, DeliveredNotification } from './notification.channel.ts';
export type { WorkflowSweeper } from './timers.sweeper.ts';
export { mayReadFileThroughInstances } from './files.access.ts';
// For the template gallery (modules/templates): deploy and categorise like the designer does.
export { deployProcess, listProcesses, type Deployed } from './definitions.service.ts';
export { categories, createCategory } from './categories.service.ts';

/** The workflow module of one app: its routes and its timer sweeper share one runtime. */
export interface WorkflowModule extends AppModule {
  /** Fires due timers and ends expired delegations (periodically once started). */
  sweeper(deps: AppDeps): WorkflowSweeper;
  /** Keeps the in-memory organisation and delegations current; started with the app. */
  caches(deps: AppDeps): CacheFreshness;
}

/**
 * 流程引擎: definitions, instances and every action, lists, notifications,
 * delegations, timers, monitoring. `channels` reach people beyond the in-app
 * list (e-mail, SMS, WeCom) after each commit.
 */
export function createWorkflowModule(
  channels: readonly NotificationChannel[] = [],
): WorkflowModule {
  // One runtime per app (tests run several apps in one process).
  const apps = new WeakMap<AppDeps, { runtime: WorkflowRuntime; sweeper: WorkflowSweeper }>();
  const parts = (deps: AppDeps) => {
    let found = apps.get(deps);
    if (!found) {
      const runtime = createWorkflowRuntime(deps, channels);
      found = { runtime, sweeper: createSweeper(deps, runtime) };
      apps.set(deps, found);
    }
    return found;
  };
  return {
    name: 'workflow',
    registerRoutes(app, deps) {
      const { runtime, sweeper } = parts(deps);
      registerDesignRoutes(app, deps, runtime);
      registerDefinitionRoutes(app, deps, runtime);
      registerActionRoutes(app, deps, runtime);
      registerInstanceRoutes(app, deps, runtime);
      registerListRoutes(app, deps);
      registerNotificationRoutes(app, deps);
      registerDelegationRoutes(app, deps, runtime);
      registerMonitorRoutes(app, deps);
      registerTestingRoutes(app, deps, sweeper);
    },
    sweeper: (deps) => parts(deps).sweeper,
    caches: (deps) => parts(deps).runtime.freshness,
  };
}

/** The module as the app registers it (in-app notifications only, for now). */
export const workflowModule = createWorkflowModule();
