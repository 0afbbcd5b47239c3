import { StatisticsScreen } from '../../../modules/monitoring/index.ts';

/** 流程统计 (`workflow.admin`). */
export function StatisticsPage() {
  return <StatisticsScreen />;
}
