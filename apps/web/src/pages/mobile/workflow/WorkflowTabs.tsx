import { Badge, Tabs } from 'antd-mobile';
import { mobileWorkflowMessages as m } from './messages.ts';
import { useCounts } from './queries.ts';
import { TaskListPanel } from './TaskListPanel.tsx';
import type { ListKind } from './types.ts';

const baseKinds: ListKind[] = ['todo', 'done', 'started', 'cc'];

/** 待办 / 已办 / 我发起的 / 抄送我的 as tabs (草稿 too when it was asked for). */
export function WorkflowTabs({
  kind,
  onChange,
}: {
  kind: ListKind;
  onChange: (kind: ListKind) => void;
}) {
  const counts = useCounts().data;
  const kinds = kind === 'drafts' ? [...baseKinds, 'drafts' as const] : baseKinds;
  const badge = (k: ListKind): number => {
    if (k === 'todo') return counts?.todo ?? 0;
    if (k === 'cc') return counts?.ccUnread ?? 0;
    return 0;
  };
  return (
    <div className="yw-mw-tabs">
      <Tabs
        activeKey={kind}
        onChange={(key) => onChange(key as ListKind)}
        stretch
        style={{ '--title-font-size': '15px', '--active-line-height': '3px' }}
      >
        {kinds.map((k) => (
          <Tabs.Tab
            key={k}
            title={
              <Badge
                content={badge(k) > 0 ? String(badge(k)) : null}
                style={{ '--right': '-10px' }}
              >
                <span>{m.lists[k]}</span>
              </Badge>
            }
          />
        ))}
      </Tabs>
      <TaskListPanel key={kind} kind={kind} />
    </div>
  );
}
