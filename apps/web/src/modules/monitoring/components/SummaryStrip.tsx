import type { InstanceStatus } from '../../workflow/index.ts';
import { workflowMessages } from '../../workflow/index.ts';
import type { SummaryItem } from '../api/types.ts';
import { monitoringMessages as m } from '../messages.ts';
import '../monitoring.css';

const shown: Exclude<InstanceStatus, 'draft'>[] = [
  'running',
  'suspended',
  'completed',
  'rejected',
  'withdrawn',
  'terminated',
];

/** How many instances are in each state under the current filter, across processes. */
export function SummaryStrip({ items }: { items: SummaryItem[] }) {
  const total = items.reduce((sum, item) => sum + item.total, 0);
  const count = (status: InstanceStatus) =>
    items.reduce((sum, item) => sum + (item.counts[status] ?? 0), 0);
  return (
    <div className="yw-summary" data-testid="monitor-summary">
      <div className="yw-summary-cell yw-summary-total">
        <span className="yw-summary-value">{total}</span>
        <span className="yw-summary-label">{m.monitor.summaryTotal}</span>
      </div>
      {shown.map((status) => (
        <div key={status} className="yw-summary-cell" data-status={status}>
          <span className="yw-summary-value">{count(status)}</span>
          <span className="yw-summary-label">{workflowMessages.statuses[status]}</span>
        </div>
      ))}
    </div>
  );
}
