import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useList, type ListItem } from '../../workflow/index.ts';
import { useDelegations } from '../hooks/queries.ts';
import { delegationMessages as m } from '../messages.ts';

const c = m.columns;
const pageSize = 8;

/** 代我办理: what my delegates decided for me (the server's `delegated` list, paged there). */
export function HandledList() {
  const [page, setPage] = useState(1);
  const handled = useList('delegated', { page, pageSize });
  const delegations = useDelegations();
  const names = new Map(
    (delegations.data?.items ?? []).map((d) => [d.delegateId, d.delegateName ?? null]),
  );
  return (
    <Table<ListItem>
      rowKey="itemId"
      size="small"
      loading={handled.isLoading}
      dataSource={handled.data?.items ?? []}
      pagination={{
        current: page,
        pageSize,
        total: handled.data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: setPage,
      }}
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
          key: 'delegate',
          title: c.delegate,
          width: 100,
          render: (_, item) => (item.onBehalfOf ? (names.get(item.onBehalfOf) ?? '—') : '—'),
        },
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
