import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useList, type ListItem, type ListKind } from '../../workflow/index.ts';
import { workbenchMessages as m } from '../messages.ts';
import { statusColours, statusLabels } from './statusLabels.ts';
import { WidgetCard } from './WidgetCard.tsx';

type Kind = Exclude<ListKind, 'done'>;

const rows = 6;

function linkOf(kind: Kind, item: ListItem): string {
  return kind === 'drafts'
    ? `/workflow/start/${encodeURIComponent(item.processKey)}?draft=${item.instanceId}`
    : `/workflow/instances/${item.instanceId}`;
}

function overdue(item: ListItem): boolean {
  return item.dueAt !== null && dayjs(item.dueAt).isBefore(dayjs());
}

/** What the right-hand side says: the due time for tasks, the status otherwise. */
function Aside({ kind, item }: { kind: Kind; item: ListItem }) {
  if (kind === 'todo' && item.dueAt) {
    const due = dayjs(item.dueAt).format('MM-DD HH:mm');
    return overdue(item) ? (
      <Tag color="error" className="yw-due">
        {m.overdueBy(due)}
      </Tag>
    ) : (
      <Typography.Text type="secondary" className="yw-due">
        {m.dueAt(due)}
      </Typography.Text>
    );
  }
  if (kind === 'started') {
    return <Tag color={statusColours[item.status]}>{statusLabels[item.status]}</Tag>;
  }
  return <Typography.Text type="secondary">{dayjs(item.at).format('MM-DD HH:mm')}</Typography.Text>;
}

/** A short list of 待办 / 我发起的 / 抄送我的 / 草稿; one request, the newest few. */
export function WorkListWidget({ kind }: { kind: Kind }) {
  const list = useList(kind, { page: 1, pageSize: rows });
  const items = list.data?.items ?? [];
  return (
    <WidgetCard
      widget={kind}
      more={`/workflow/list/${kind}`}
      loading={list.isLoading}
      failed={list.isError}
      empty={items.length === 0 && m.empty[kind]}
      extra={list.data && list.data.total > 0 ? <Tag>{list.data.total}</Tag> : null}
    >
      <ul className="yw-work-list">
        {items.map((item) => (
          <li key={item.itemId} data-overdue={kind === 'todo' && overdue(item)}>
            <Link to={linkOf(kind, item)} className="yw-work-item">
              <span className="yw-work-main">
                <span className="yw-work-title">{item.title}</span>
                <span className="yw-work-meta">
                  {item.processName}
                  {kind !== 'started' && kind !== 'drafts' && item.initiator.name
                    ? ` · ${m.from(item.initiator.name)}`
                    : ''}
                  {item.nodeName && kind === 'todo' ? ` · ${item.nodeName}` : ''}
                </span>
              </span>
              <Aside kind={kind} item={item} />
            </Link>
          </li>
        ))}
      </ul>
    </WidgetCard>
  );
}
