import { BellOutlined } from '@ant-design/icons';
import { DotLoading, ErrorBlock, InfiniteScroll, NavBar } from 'antd-mobile';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { mobileWorkflowMessages as m } from './messages.ts';
import './mobileWorkflow.css';
import { useMarkRead, useNotifications } from './queries.ts';
import type { NotificationItem } from './types.ts';

/** 消息通知 on a phone: newest first, unread marked; a tap reads it and opens the request. */
export function MobileNotificationsPage() {
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;
  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate({ ids: [item.id] });
    void navigate(`/workflow/instances/${item.instanceId}`);
  };
  return (
    <div className="yw-mw-screen" data-testid="mobile-notifications">
      <NavBar
        className="yw-m-navbar"
        onBack={() => void navigate(-1)}
        right={
          unread > 0 ? (
            <button
              type="button"
              className="yw-mw-navlink"
              onClick={() => markRead.mutate({ all: true })}
            >
              {m.markAllRead}
            </button>
          ) : null
        }
      >
        {m.notifications}
      </NavBar>
      {list.isPending && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {list.isSuccess && items.length === 0 && (
        <ErrorBlock status="empty" title={m.noNotifications} description="" />
      )}
      <div className="yw-mw-notes">
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            className={`yw-mw-note${item.readAt ? '' : ' is-unread'}`}
            onClick={() => open(item)}
          >
            <span className={`yw-mw-note-icon is-${item.kind}`}>
              <BellOutlined />
            </span>
            <span className="yw-mw-note-main">
              <span className="yw-mw-note-kind">{m.notificationKinds[item.kind] ?? item.kind}</span>
              <span className="yw-mw-note-title">{item.instanceTitle}</span>
            </span>
            <span className="yw-mw-note-time">{dayjs(item.createdAt).format('MM-DD HH:mm')}</span>
          </button>
        ))}
      </div>
      {items.length > 0 && (
        <InfiniteScroll
          hasMore={list.hasNextPage}
          loadMore={async () => void (await list.fetchNextPage())}
        >
          {list.hasNextPage ? <DotLoading color="primary" /> : <span>{m.noMore}</span>}
        </InfiniteScroll>
      )}
    </div>
  );
}
