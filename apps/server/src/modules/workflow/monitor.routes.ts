import type { ApiApp, AppDeps } from '../../http/context.ts';

/** 流程监控 for administrators (filled in below). */
export function registerMonitorRoutes(_app: ApiApp, _deps: AppDeps): void {}
