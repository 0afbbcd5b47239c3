import type { InstanceStatus } from '../../workflow/index.ts';

import { workbenchMessages } from '../messages.ts';

/** How an instance's status reads in the workbench lists. */
export const statusLabels: Record<InstanceStatus, string> = workbenchMessages.statuses;

export const statusColours: Record<InstanceStatus, string> = {
  draft: 'default',
  running: 'processing',
  suspended: 'warning',
  completed: 'success',
  rejected: 'error',
  withdrawn: 'default',
  terminated: 'default',
};
