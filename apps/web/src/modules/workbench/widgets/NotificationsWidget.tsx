import { Badge } from 'antd';
import { useNavigate } from 'react-router';
import {
  NotificationRow,
  useMarkRead,
  useNotifications,
  type NotificationItem,
} from '../../notifications/index.ts';
import { workbenchMessages as m } from '../messages.ts';
import { WidgetCard } from './WidgetCard.tsx';

const latest = { page: 1, pageSize: 6 };

/** 最新消息: the newest notifications, live; opening one marks it read. */
export function NotificationsWidget() {
  const navigate = useNavigate();
  const list = useNotifications(latest);
  const markRead = useMarkRead();
  const items = list.data?.items ?? [];
  const open = (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate([item.id]);
    void navigate(`/workflow/instances/${item.instanceId}`);
  };
  return (
    <WidgetCard
      widget="notifications"
      more="/notifications"
      loading={list.isLoading}
      failed={list.isError}
      empty={items.length === 0 && m.empty.notifications}
      extra={<Badge count={list.data?.unread ?? 0} size="small" />}
    >
      <ul className="yw-work-list">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="yw-work-item yw-plain" onClick={() => open(item)}>
              <NotificationRow item={item} />
            </button>
          </li>
        ))}
      </ul>
    </WidgetCard>
  );
}
