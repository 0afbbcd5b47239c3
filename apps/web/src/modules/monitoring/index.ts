// 流程监控 and 流程统计 for workflow administrators (`workflow.admin`).
export type { Intervention, MonitorFilter, MonitorRow } from './api/types.ts';
export { monitoringApi } from './api/monitoring.api.ts';
export { MonitorScreen } from './components/MonitorScreen.tsx';
export { StatisticsScreen } from './components/StatisticsScreen.tsx';
export { monitoringMessages } from './messages.ts';
