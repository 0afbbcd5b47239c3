import { ClockCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { mobileWorkflowMessages as m } from './messages.ts';
import { StatusTag } from './StatusTag.tsx';
import type { ListItem, ListKind } from './types.ts';

/** True when an open item's deadline has passed: such rows are marked red. */
export function isOverdue(item: Pick<ListItem, 'dueAt' | 'itemState'>, now = dayjs()): boolean {
  return item.dueAt !== null && item.itemState === 'open' && dayjs(item.dueAt).isBefore(now);
}

/** One row of a list as a tappable card: title, process, initiator, node, time. */
export function TaskCard({ item, kind }: { item: ListItem; kind: ListKind }) {
  const navigate = useNavigate();
  const overdue = isOverdue(item);
  const target =
    kind === 'drafts'
      ? `/workflow/start/${item.processKey}?draft=${item.instanceId}`
      : `/workflow/instances/${item.instanceId}`;
  return (
    <button
      type="button"
      className={`yw-mw-card${overdue ? ' is-overdue' : ''}`}
      onClick={() => void navigate(target)}
      data-testid="mobile-task-card"
    >
      <div className="yw-mw-card-top">
        <span className="yw-mw-card-title">{item.title}</span>
        {kind === 'todo' ? (
          overdue && <span className="yw-mw-overdue">{m.overdue}</span>
        ) : (
          <StatusTag status={item.status} />
        )}
      </div>
      <div className="yw-mw-card-meta">
        <span className="yw-mw-chip">{item.processName}</span>
        <span>
          {m.initiator} {item.initiator.name}
        </span>
        {item.nodeName && kind === 'todo' && <span>· {item.nodeName}</span>}
      </div>
      <div className="yw-mw-card-foot">
        <span>{dayjs(item.at).format('MM-DD HH:mm')}</span>
        {item.dueAt && kind === 'todo' && (
          <span className={overdue ? 'yw-mw-due is-late' : 'yw-mw-due'}>
            <ClockCircleOutlined /> {m.dueAt} {dayjs(item.dueAt).format('MM-DD HH:mm')}
          </span>
        )}
      </div>
    </button>
  );
}
