import { Badge, Tabs } from 'antd';
import type { ListKind, WorkflowCounts } from '../api/types.ts';
import { workflowMessages as m } from '../messages.ts';

export const listKinds: readonly ListKind[] = ['todo', 'done', 'started', 'cc', 'drafts'];

function badgeOf(kind: ListKind, counts: WorkflowCounts | undefined): number {
  if (!counts) return 0;
  switch (kind) {
    case 'todo':
      return counts.todo;
    case 'cc':
      return counts.ccUnread;
    case 'drafts':
      return counts.drafts;
    case 'started':
      return counts.running;
    case 'done':
      return 0;
  }
}

/** 待办 / 已办 / 我发起的 / 抄送我的 / 草稿, each with its badge number. */
export function ListTabs({
  active,
  counts,
  onChange,
}: {
  active: ListKind;
  counts: WorkflowCounts | undefined;
  onChange: (kind: ListKind) => void;
}) {
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => onChange(listKinds.find((k) => k === key) ?? 'todo')}
      items={listKinds.map((kind) => ({
        key: kind,
        label: (
          <span data-testid={`tab-${kind}`}>
            {m.lists[kind]}
            <Badge
              count={badgeOf(kind, counts)}
              overflowCount={99}
              size="small"
              color={kind === 'todo' ? '#ff4d4f' : '#1677ff'}
              style={{ marginInlineStart: 6 }}
            />
          </span>
        ),
      }))}
    />
  );
}
