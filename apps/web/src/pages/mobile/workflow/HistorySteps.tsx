import { Steps } from 'antd-mobile';
import dayjs from 'dayjs';
import { workflowMessages } from '../../../modules/workflow/index.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import type { HistoryView, TaskView } from './types.ts';

function statusOf(action: string): 'finish' | 'error' | 'wait' {
  if (action === 'rejected' || action === 'terminated') return 'error';
  if (action === 'returned' || action === 'withdrawn') return 'wait';
  return 'finish';
}

function actionText(entry: HistoryView): string {
  const word = workflowMessages.historyActions[entry.action];
  return entry.targetNames.length > 0
    ? `${word} → ${entry.targetNames.join(m.listSeparator)}`
    : word;
}

/** 审批记录: every decision with its comment, then the open step highlighted. */
export function HistorySteps({ history, open }: { history: HistoryView[]; open: TaskView[] }) {
  const current = history.length;
  return (
    <section className="yw-mw-block" data-testid="mobile-history">
      <div className="yw-mw-block-title">{m.sections.history}</div>
      <Steps direction="vertical" current={current} className="yw-mw-steps">
        {history.map((entry, index) => (
          <Steps.Step
            key={`${entry.at}-${index}`}
            status={statusOf(entry.action)}
            title={
              <span className="yw-mw-step-title">
                <span>{entry.nodeName}</span>
                <span className={`yw-mw-step-action is-${statusOf(entry.action)}`}>
                  {entry.personName} · {actionText(entry)}
                </span>
              </span>
            }
            description={
              <span className="yw-mw-step-desc">
                {entry.comment && <span className="yw-mw-comment">{entry.comment}</span>}
                <span className="yw-mw-step-time">
                  {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
                </span>
              </span>
            }
          />
        ))}
        {groupByNode(open).map(([nodeName, names]) => (
          <Steps.Step
            key={nodeName}
            status="process"
            title={
              <span className="yw-mw-step-title is-current">
                <span>{nodeName}</span>
                <span className="yw-mw-step-action is-process">{m.waiting}</span>
              </span>
            }
            description={<span className="yw-mw-step-desc">{names.join(m.listSeparator)}</span>}
          />
        ))}
      </Steps>
    </section>
  );
}

function groupByNode(tasks: TaskView[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const task of tasks.filter((t) => t.state === 'open')) {
    const names = groups.get(task.nodeName) ?? [];
    names.push(task.assigneeName ?? task.assignee);
    groups.set(task.nodeName, names);
  }
  return [...groups.entries()];
}
