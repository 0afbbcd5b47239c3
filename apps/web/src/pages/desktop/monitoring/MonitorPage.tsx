import { MonitorScreen } from '../../../modules/monitoring/index.ts';

/** 流程监控 (`workflow.admin`). */
export function MonitorPage() {
  return <MonitorScreen />;
}
