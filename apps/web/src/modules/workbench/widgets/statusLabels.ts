import type { InstanceStatus } from '../../workflow/index.ts';

/** How an instance's status reads in the workbench lists. */
export const statusLabels: Record<InstanceStatus, string> = {
  draft: '草稿',
  running: '审批中',
  suspended: '已挂起',
  completed: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
  terminated: '已终止',
};

export const statusColours: Record<InstanceStatus, string> = {
  draft: 'default',
  running: 'processing',
  suspended: 'warning',
  completed: 'success',
  rejected: 'error',
  withdrawn: 'default',
  terminated: 'default',
};
