import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import { shortNumber } from '@yuanwu/kernel';
import type { InstanceView } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';

const time = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

/** The instance's facts: process, initiator, department, times, who holds it now. */
export function InstanceHeader({ view }: { view: InstanceView }) {
  const handlers = [
    ...new Set(
      view.tasks.filter((t) => t.state === 'open').map((t) => t.assigneeName ?? t.assignee),
    ),
  ];
  const items = [
    { key: 'process', label: m.header.process, children: view.processName },
    { key: 'initiator', label: m.header.initiator, children: view.initiator.name ?? '—' },
    { key: 'department', label: m.header.department, children: view.department?.name ?? '—' },
    {
      key: 'submitted',
      label: m.header.submittedAt,
      children: time(view.submittedAt ?? view.createdAt),
    },
    view.endedAt
      ? { key: 'ended', label: m.header.endedAt, children: time(view.endedAt) }
      : {
          key: 'handlers',
          label: m.header.currentHandlers,
          children: handlers.length
            ? handlers.join(m.separator)
            : // Running with no open task: returned to the initiator, awaiting resubmission.
              view.status === 'running'
              ? m.header.awaitingResubmit(view.initiator.name ?? '')
              : '—',
        },
    { key: 'serial', label: m.header.serial, children: shortNumber(view.id) },
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}
