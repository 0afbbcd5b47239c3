import { DotLoading, ErrorBlock, NavBar } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { ActionBar } from './ActionBar.tsx';
import { ActionPopup, type Decision } from './ActionPopup.tsx';
import { FieldList } from './FieldList.tsx';
import { HistorySteps } from './HistorySteps.tsx';
import { InstanceHeaderCard } from './InstanceHeaderCard.tsx';
import './mobileWorkflow.css';
import { useInstance, useInstanceAction } from './queries.ts';
import type { InstanceView } from './types.ts';

/** People the view names already: the initiator, the deciders, the handlers. */
function knownNames(view: InstanceView): Map<string, string> {
  const pairs: [string, string | null][] = [
    [view.initiator.id, view.initiator.name],
    ...view.history.map((entry): [string, string | null] => [entry.person, entry.personName]),
    ...view.tasks.map((task): [string, string | null] => [task.assignee, task.assigneeName]),
  ];
  return new Map(pairs.filter((pair): pair is [string, string] => pair[1] !== null));
}

/** `/workflow/instances/:id` on a phone: title card, fields, history, actions at the bottom. */
export function MobileInstancePage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const instance = useInstance(id);
  const markRead = useInstanceAction(id);
  const [decision, setDecision] = useState<Decision | null>(null);
  const view = instance.data;
  const unreadCc = view?.can.read ?? false;

  // Opening a 抄送 item is reading it, as on desktop.
  useEffect(() => {
    if (unreadCc) markRead.mutate({ action: 'read' });
  }, [unreadCc]);

  const back = () => {
    if (window.history.length > 1) void navigate(-1);
    else void navigate('/');
  };

  return (
    <div className="yw-mw-screen">
      <NavBar className="yw-m-navbar" onBack={back}>
        {view?.processName ?? ''}
      </NavBar>
      {instance.isPending && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {instance.isError && (
        <ErrorBlock
          status="default"
          title={isApiError(instance.error) ? instance.error.message : String(instance.error)}
          description=""
        />
      )}
      {view && (
        <div className="yw-mw-content" data-testid="mobile-instance">
          <InstanceHeaderCard view={view} />
          <FieldList fields={view.fields} form={view.form} known={knownNames(view)} />
          <HistorySteps history={view.history} open={view.tasks} />
          <ActionBar view={view} onDecide={setDecision} />
          <ActionPopup view={view} decision={decision} onClose={() => setDecision(null)} />
        </div>
      )}
    </div>
  );
}
