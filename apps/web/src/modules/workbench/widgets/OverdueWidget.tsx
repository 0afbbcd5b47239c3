import { Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useList } from '../../workflow/index.ts';
import { workbenchMessages as m } from '../messages.ts';
import { WidgetCard } from './WidgetCard.tsx';

// The lists cannot filter by due time on the server; the oldest 50 open tasks hold any overdue ones.
const scan = { page: 1, pageSize: 50, sort: 'time', order: 'asc' } as const;

/** 超时待办: my open tasks whose time limit has passed, most overdue first. */
export function OverdueWidget() {
  const list = useList('todo', scan);
  const now = dayjs();
  const items = (list.data?.items ?? [])
    .filter((item) => item.dueAt !== null && dayjs(item.dueAt).isBefore(now))
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
    .slice(0, 6);
  return (
    <WidgetCard
      widget="overdue"
      more="/workflow/list/todo"
      loading={list.isLoading}
      failed={list.isError}
      empty={items.length === 0 && m.empty.overdue}
      extra={items.length > 0 ? <Tag color="error">{items.length}</Tag> : null}
    >
      <ul className="yw-work-list">
        {items.map((item) => (
          <li key={item.itemId} data-overdue>
            <Link to={`/workflow/instances/${item.instanceId}`} className="yw-work-item">
              <span className="yw-work-main">
                <span className="yw-work-title">{item.title}</span>
                <span className="yw-work-meta">
                  {item.processName}
                  {item.nodeName ? ` · ${item.nodeName}` : ''}
                </span>
              </span>
              <Tag color="error" className="yw-due">
                {m.overdueBy(dayjs(item.dueAt).format('MM-DD HH:mm'))}
              </Tag>
            </Link>
          </li>
        ))}
      </ul>
    </WidgetCard>
  );
}
