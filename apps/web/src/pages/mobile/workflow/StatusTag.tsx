import { Tag } from 'antd-mobile';
import { workflowMessages } from '../../../modules/workflow/index.ts';
import type { InstanceStatus } from './types.ts';

const colours: Record<InstanceStatus, string> = {
  draft: 'default',
  running: 'primary',
  suspended: 'warning',
  completed: 'success',
  rejected: 'danger',
  withdrawn: 'default',
  terminated: 'danger',
};

/** An instance's status as a small coloured tag. */
export function StatusTag({ status }: { status: InstanceStatus }) {
  return (
    <Tag color={colours[status]} fill="outline" className="yw-mw-status">
      {workflowMessages.statuses[status]}
    </Tag>
  );
}
