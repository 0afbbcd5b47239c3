import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Segmented, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { NotificationItem, NotificationKind } from '../api/types.ts';
import { useMarkRead, useNotifications } from '../hooks/queries.ts';
import { kindColours, notificationMessages as m } from '../messages.ts';
import '../notifications.css';

const pageSize = 15;
const kinds = Object.keys(m.kinds) as NotificationKind[];

/** 消息通知: every notification, filtered by read state and kind; mark read; open the instance. */
export function NotificationsScreen() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [kind, setKind] = useState<NotificationKind | undefined>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useNotifications({ unread: onlyUnread || undefined, kind, page, pageSize });
  const markRead = useMarkRead();

  const open = (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate([item.id]);
    void navigate(`/workflow/instances/${item.instanceId}`);
  };

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        <Button
          icon={<CheckOutlined />}
          disabled={(list.data?.unread ?? 0) === 0}
          loading={markRead.isPending}
          onClick={() =>
            markRead.mutate('all', {
              onSuccess: (done) => void message.success(m.allReadDone(done.updated)),
            })
          }
        >
          {m.markAllRead}
        </Button>
      }
    >
      <Card variant="borderless" className="yw-panel">
        <div className="yw-toolbar" style={{ display: 'flex', gap: 12, marginBottom: 16 }}>
          <Segmented
            value={onlyUnread ? 'unread' : 'all'}
            options={[
              { value: 'all', label: m.filterAll },
              { value: 'unread', label: `${m.filterUnread} ${list.data?.unread ?? ''}` },
            ]}
            onChange={(value) => {
              setOnlyUnread(value === 'unread');
              setPage(1);
            }}
          />
          <Select<NotificationKind>
            allowClear
            placeholder={m.kindPlaceholder}
            style={{ width: 160 }}
            value={kind}
            options={kinds.map((k) => ({ value: k, label: m.kinds[k] }))}
            onChange={(value) => {
              setKind(value);
              setPage(1);
            }}
          />
          <Button
            disabled={selected.length === 0}
            onClick={() => markRead.mutate(selected, { onSuccess: () => setSelected([]) })}
          >
            {m.markRead}
          </Button>
        </div>
        <Table<NotificationItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (item) => ({ disabled: item.readAt !== null }),
          }}
          onRow={(item) => ({ onClick: () => open(item), style: { cursor: 'pointer' } })}
          columns={[
            {
              key: 'kind',
              title: m.columns.kind,
              width: 110,
              render: (_, item) => <Tag color={kindColours[item.kind]}>{m.kinds[item.kind]}</Tag>,
            },
            {
              key: 'title',
              title: m.columns.subject,
              render: (_, item) => (
                <div className="yw-note-text">
                  <Typography.Text strong={item.readAt === null}>
                    {item.instanceTitle}
                  </Typography.Text>
                  <Typography.Text type="secondary" className="yw-note-meta">
                    {m.summaries[item.kind]}
                  </Typography.Text>
                </div>
              ),
            },
            {
              key: 'state',
              title: m.columns.state,
              width: 90,
              render: (_, item) =>
                item.readAt === null ? (
                  <Tag color="processing">{m.unread}</Tag>
                ) : (
                  <Tag>{m.read}</Tag>
                ),
            },
            {
              key: 'at',
              title: m.columns.at,
              width: 170,
              render: (_, item) => dayjs(item.createdAt).format('YYYY-MM-DD HH:mm'),
            },
          ]}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: m.total,
          }}
        />
      </Card>
    </PageContainer>
  );
}
