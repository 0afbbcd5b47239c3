import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth/index.ts';
import type { NotificationItem } from '../api/types.ts';
import { useMarkRead, useNotifications } from '../hooks/queries.ts';
import { notificationMessages as m } from '../messages.ts';
import '../notifications.css';
import { NotificationRow } from './NotificationRow.tsx';

const latestQuery = { page: 1, pageSize: 6 };

/** The header bell for people (administrator accounts receive no notifications). */
export function NotificationBell() {
  const me = useMe();
  return me.person ? <PersonBell /> : null;
}

/** The unread count kept live over the shared event stream; the latest in a popover. */
function PersonBell() {
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const latest = useNotifications(latestQuery);
  const markRead = useMarkRead();
  const unread = latest.data?.unread ?? 0;

  const openItem = (item: NotificationItem) => {
    setOpen(false);
    if (item.readAt === null) markRead.mutate([item.id]);
    void navigate(`/workflow/instances/${item.instanceId}`);
  };

  const content = (
    <div className="yw-bell-panel">
      <div className="yw-bell-head">
        <Typography.Text strong>{m.latest}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() =>
            markRead.mutate('all', {
              onSuccess: (done) => void message.success(m.allReadDone(done.updated)),
            })
          }
        >
          {m.markAllRead}
        </Button>
      </div>
      <Spin spinning={latest.isLoading}>
        {latest.data && latest.data.items.length > 0 ? (
          <ul className="yw-bell-list">
            {latest.data.items.map((item) => (
              <li key={item.id}>
                <button type="button" className="yw-bell-item" onClick={() => openItem(item)}>
                  <NotificationRow item={item} />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.emptyBell} />
        )}
      </Spin>
      <Button
        type="text"
        block
        className="yw-bell-all"
        onClick={() => {
          setOpen(false);
          void navigate('/notifications');
        }}
      >
        {m.viewAll}
      </Button>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={content}
      arrow={false}
    >
      <button type="button" className="yw-bell" aria-label={m.bell} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
          <BellOutlined className="yw-bell-icon" />
        </Badge>
      </button>
    </Popover>
  );
}
