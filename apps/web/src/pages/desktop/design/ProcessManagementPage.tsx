import { ProcessListScreen } from '../../../modules/process-designer/index.ts';

/** 流程管理 (`workflow.design`). */
export function ProcessManagementPage() {
  return <ProcessListScreen />;
}
