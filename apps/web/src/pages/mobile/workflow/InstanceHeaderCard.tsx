import dayjs from 'dayjs';
import { mobileWorkflowMessages as m } from './messages.ts';
import { StatusTag } from './StatusTag.tsx';
import type { InstanceView } from './types.ts';

/** The title card: what, whose, when, its status, and who holds it now. */
export function InstanceHeaderCard({ view }: { view: InstanceView }) {
  const openNodes = [
    ...new Set(view.tasks.filter((t) => t.state === 'open').map((t) => t.nodeName)),
  ];
  return (
    <section className={`yw-mw-head is-${view.status}`} data-testid="mobile-instance-head">
      <div className="yw-mw-head-top">
        <h1>{view.title}</h1>
        <StatusTag status={view.status} />
      </div>
      <div className="yw-mw-head-process">{view.processName}</div>
      <div className="yw-mw-head-grid">
        <span>{m.initiator}</span>
        <span>{view.initiator.name}</span>
        {view.department?.name && (
          <>
            <span>{m.department}</span>
            <span>{view.department.name}</span>
          </>
        )}
        {view.submittedAt && (
          <>
            <span>{m.submittedAt}</span>
            <span>{dayjs(view.submittedAt).format('YYYY-MM-DD HH:mm')}</span>
          </>
        )}
      </div>
      {view.status === 'running' && openNodes.length > 0 && (
        <div className="yw-mw-head-now">
          {m.waiting}
          {m.colon}
          {openNodes.join(m.listSeparator)}
        </div>
      )}
    </section>
  );
}
