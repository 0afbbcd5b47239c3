import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { ListItem, ListKind } from '../api/types.ts';
import { listMessages as l } from '../messages.ts';
import { StatusTag } from './StatusTag.tsx';

const time = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

/** True when a task's time limit has passed (and the task is still in 待办). */
export function isOverdue(item: ListItem, now = Date.now()): boolean {
  return item.dueAt !== null && new Date(item.dueAt).getTime() < now;
}

function titleColumn(kind: ListKind): ColumnsType<ListItem>[number] {
  return {
    key: 'title',
    title: l.columns.title,
    sorter: true,
    ellipsis: true,
    render: (_, item) => (
      <Flex gap={6} align="center">
        {kind === 'cc' && item.itemState === 'unread' && <span className="yw-unread-dot" />}
        <Typography.Text strong={kind === 'todo' || item.itemState === 'unread'} ellipsis>
          {item.title}
        </Typography.Text>
        {kind === 'todo' && isOverdue(item) && <Tag color="error">{l.overdue}</Tag>}
        {item.onBehalfOf && <Tag color="purple">{l.onBehalf}</Tag>}
      </Flex>
    ),
  };
}

const process: ColumnsType<ListItem>[number] = {
  key: 'process',
  title: l.columns.process,
  sorter: true,
  width: 160,
  ellipsis: true,
  render: (_, item) => item.processName,
};
const initiator: ColumnsType<ListItem>[number] = {
  key: 'initiator',
  title: l.columns.initiator,
  width: 110,
  render: (_, item) => item.initiator.name ?? '—',
};
const status: ColumnsType<ListItem>[number] = {
  key: 'status',
  title: l.columns.status,
  width: 100,
  render: (_, item) => <StatusTag status={item.status} />,
};
const at = (title: string): ColumnsType<ListItem>[number] => ({
  key: 'time',
  title,
  sorter: true,
  defaultSortOrder: 'descend',
  width: 160,
  render: (_, item) => time(item.at),
});

/** The columns of each list: what matters differs between 待办, 已办, 我发起的, 抄送 and 草稿. */
export function listColumns(kind: ListKind): ColumnsType<ListItem> {
  switch (kind) {
    case 'todo':
      return [
        titleColumn(kind),
        process,
        initiator,
        { key: 'node', title: l.columns.node, width: 130, render: (_, i) => i.nodeName ?? '—' },
        at(l.columns.arrived),
        {
          key: 'due',
          title: l.columns.due,
          width: 160,
          render: (_, item) => (
            <Typography.Text type={isOverdue(item) ? 'danger' : undefined}>
              {time(item.dueAt)}
            </Typography.Text>
          ),
        },
      ];
    case 'done':
      return [
        titleColumn(kind),
        process,
        initiator,
        { key: 'node', title: l.columns.doneNode, width: 130, render: (_, i) => i.nodeName ?? '—' },
        {
          key: 'decision',
          title: l.columns.myDecision,
          width: 100,
          render: (_, item) => l.itemStates[item.itemState ?? ''] ?? '—',
        },
        at(l.columns.decidedAt),
        status,
      ];
    case 'started':
      return [titleColumn(kind), process, status, at(l.columns.startedAt)];
    case 'cc':
      return [
        titleColumn(kind),
        process,
        initiator,
        at(l.columns.ccAt),
        {
          key: 'read',
          title: l.columns.read,
          width: 100,
          render: (_, item) =>
            item.itemState === 'unread' ? <Tag color="blue">{l.unread}</Tag> : <Tag>{l.read}</Tag>,
        },
        status,
      ];
    case 'drafts':
      return [titleColumn(kind), process, at(l.columns.savedAt)];
  }
}
