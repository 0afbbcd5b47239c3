import { useNavigate, useParams } from 'react-router';
import './mobileWorkflow.css';
import type { ListKind } from './types.ts';
import { WorkflowTabs } from './WorkflowTabs.tsx';

const kinds: readonly ListKind[] = ['todo', 'done', 'started', 'cc', 'drafts'];

function isKind(value: string | undefined): value is ListKind {
  return kinds.some((kind) => kind === value);
}

/** `/workflow/list/:kind` on the phone: the tabbed lists with the chosen tab open. */
export function MobileWorkflowListPage() {
  const params = useParams();
  const navigate = useNavigate();
  const kind: ListKind = isKind(params.kind) ? params.kind : 'todo';
  return (
    <div className="yw-m-page yw-mw-page">
      <WorkflowTabs
        kind={kind}
        onChange={(next) => void navigate(`/workflow/list/${next}`, { replace: true })}
      />
    </div>
  );
}
