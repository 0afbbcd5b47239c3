import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useList, type ListItem } from '../../workflow/index.ts';
import { delegationMessages as m } from '../messages.ts';

const c = m.columns;

// The server's 已办 cannot filter by onBehalfOf yet: one page of recent decisions, filtered here.
const recent = { page: 1, pageSize: 100 } as const;

/** What I decided as someone's delegate (已办 entries with onBehalfOf). */
export function HandledList() {
  const done = useList('done', recent);
  const rows = (done.data?.items ?? []).filter((item) => item.onBehalfOf !== null);
  return (
    <Table<ListItem>
      rowKey="itemId"
      size="small"
      loading={done.isLoading}
      dataSource={rows}
      pagination={{ pageSize: 8, hideOnSinglePage: true }}
      locale={{ emptyText: m.handledEmpty }}
      columns={[
        {
          key: 'title',
          title: c.title,
          render: (_, item) => (
            <Link to={`/workflow/instances/${item.instanceId}`}>
              {item.title} <Tag color="purple">{m.onBehalf}</Tag>
            </Link>
          ),
        },
        { key: 'process', title: c.process, dataIndex: 'processName', width: 140 },
        { key: 'node', title: c.node, dataIndex: 'nodeName', width: 120 },
        {
          key: 'at',
          title: c.at,
          width: 150,
          render: (_, item) => dayjs(item.at).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  );
}
