import { Tag } from 'antd';
import type { InstanceStatus } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';

/** An instance's status as a coloured tag (审批中, 已通过, 已驳回…). */
export function StatusTag({ status }: { status: InstanceStatus }) {
  return (
    <Tag color={m.statusColours[status]} data-testid="status-tag" style={{ marginInlineEnd: 0 }}>
      {m.statuses[status]}
    </Tag>
  );
}
