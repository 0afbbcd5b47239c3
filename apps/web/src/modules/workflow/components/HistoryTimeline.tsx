import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HistoryAction, HistoryEntry, InstanceTask } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';

const actionColours: Partial<Record<HistoryAction, string>> = {
  submitted: 'blue',
  resubmitted: 'blue',
  approved: 'green',
  auto_approved: 'green',
  timeout_approved: 'green',
  rejected: 'red',
  terminated: 'red',
  returned: 'orange',
  withdrawn: 'gray',
  skipped: 'gray',
};

function personLabel(entry: HistoryEntry): string {
  return entry.person === 'system' ? m.system : (entry.personName ?? entry.person);
}

interface Names {
  people: ReadonlyMap<string, string>;
  nodes: ReadonlyMap<string, string>;
}

function details(entry: HistoryEntry, { people: names, nodes }: Names): string[] {
  const parts: string[] = [];
  if (entry.onBehalfOf) {
    parts.push(m.history.onBehalfOf(names.get(entry.onBehalfOf) ?? m.history.someone));
  }
  if (entry.action === 'returned' || entry.action === 'jumped') {
    // A return's or jump's target is a node, not a person.
    const to = entry.targets.map((id) => nodes.get(id) ?? id).join(m.separator);
    if (to) parts.push(entry.action === 'returned' ? m.history.toNode(to) : m.history.jumpTo(to));
  } else {
    const targets = entry.targetNames ?? entry.targets;
    if (targets.length > 0) parts.push(m.history.targets(targets.join(m.separator)));
  }
  if (entry.fromName) parts.push(m.history.reassignedFrom(entry.fromName));
  return parts;
}

function Entry({ entry, names }: { entry: HistoryEntry; names: Names }) {
  const extra = details(entry, names);
  return (
    <div className="yw-history-entry">
      <Flex justify="space-between" gap={12} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{personLabel(entry)}</Typography.Text>
          <Tag color={actionColours[entry.action] ?? 'default'} variant="filled">
            {m.historyActions[entry.action]}
          </Tag>
          <Typography.Text type="secondary">{entry.nodeName}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      </Flex>
      {extra.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {extra.join(' · ')}
        </Typography.Text>
      )}
      {entry.comment && <div className="yw-history-comment">{entry.comment}</div>}
    </div>
  );
}

/**
 * 审批记录: each decision with who, what, where, when, comment and on whose behalf;
 * the open tasks follow as a pending entry, so the reader sees whom the request waits on.
 */
export function HistoryTimeline({
  history,
  pending = [],
  names = new Map(),
  nodeNames = new Map(),
}: {
  history: HistoryEntry[];
  pending?: InstanceTask[];
  /** Person id → name, for on-behalf-of ids that the history carries without names. */
  names?: ReadonlyMap<string, string>;
  /** Node id → name, for returns and jumps (whose targets are nodes). */
  nodeNames?: ReadonlyMap<string, string>;
}) {
  if (history.length === 0 && pending.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.history.empty} />;
  }
  const waiting = pending.filter((task) => task.state === 'open');
  const items = history.map((entry, index) => ({
    key: `${entry.at}-${index}`,
    color: actionColours[entry.action] ?? 'gray',
    content: <Entry entry={entry} names={{ people: names, nodes: nodeNames }} />,
  }));
  if (waiting.length > 0) {
    const names = waiting.map((t) => t.assigneeName ?? t.assignee).join(m.separator);
    items.push({
      key: 'pending',
      color: 'blue',
      content: (
        <div className="yw-history-entry">
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{waiting[0]?.nodeName}</Typography.Text>
            <Typography.Text type="secondary">{m.history.pending(names)}</Typography.Text>
          </Flex>
        </div>
      ),
    });
  }
  return <Timeline items={items} data-testid="history-timeline" />;
}
