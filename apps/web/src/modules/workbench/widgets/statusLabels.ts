import { workflowMessages, type InstanceStatus } from '../../workflow/index.ts';

/** How an instance's status reads in the workbench lists: as on the task screens. */
export const statusLabels: Record<InstanceStatus, string> = workflowMessages.statuses;

export const statusColours: Record<InstanceStatus, string> = workflowMessages.statusColours;
