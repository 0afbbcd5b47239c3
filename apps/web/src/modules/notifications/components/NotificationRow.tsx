import { Badge, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { NotificationItem } from '../api/types.ts';
import { kindColours, notificationMessages as m } from '../messages.ts';

dayjs.extend(relativeTime);

/** "3 分钟前" for today, the date for older ones (in dayjs's locale, which App sets). */
export function whenText(at: string): string {
  const time = dayjs(at);
  return dayjs().diff(time, 'hour') < 24 ? time.fromNow() : time.format('MM-DD HH:mm');
}

/** One notification: kind tag, what happened, the instance title, when; a dot while unread. */
export function NotificationRow({ item }: { item: NotificationItem }) {
  return (
    <div className="yw-note-row" data-unread={item.readAt === null}>
      <Badge dot={item.readAt === null} offset={[-2, 4]}>
        <Tag color={kindColours[item.kind]} className="yw-note-kind">
          {m.kinds[item.kind]}
        </Tag>
      </Badge>
      <div className="yw-note-text">
        <Typography.Text strong={item.readAt === null} ellipsis className="yw-note-title">
          {item.instanceTitle}
        </Typography.Text>
        <Typography.Text type="secondary" className="yw-note-meta">
          {m.summaries[item.kind]} · {whenText(item.createdAt)}
        </Typography.Text>
      </div>
    </div>
  );
}
