import { Button, Dialog, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import type { Decision } from './ActionPopup.tsx';
import { mobileWorkflowMessages as m } from './messages.ts';
import { useInstanceAction } from './queries.ts';
import type { InstanceView } from './types.ts';

/** The bottom bar: the handler's decisions, or the initiator's withdraw / urge / resubmit. */
export function ActionBar({
  view,
  onDecide,
}: {
  view: InstanceView;
  onDecide: (d: Decision) => void;
}) {
  const action = useInstanceAction(view.id);
  const navigate = useNavigate();
  const run = async (name: 'withdraw' | 'urge', success: string) => {
    try {
      await action.mutateAsync({ action: name });
      Toast.show({ icon: 'success', content: success });
    } catch (error) {
      Toast.show({ icon: 'fail', content: isApiError(error) ? error.message : String(error) });
    }
  };
  const withdraw = async () => {
    if (await Dialog.confirm({ content: m.withdrawConfirm })) await run('withdraw', m.done);
  };

  if (view.can.approve) {
    return (
      <footer className="yw-mw-bar" data-testid="mobile-action-bar">
        <button type="button" className="yw-mw-bar-link" onClick={() => onDecide('transfer')}>
          {m.actions.transfer}
        </button>
        <button type="button" className="yw-mw-bar-link" onClick={() => onDecide('return')}>
          {m.actions.return}
        </button>
        <Button color="danger" fill="outline" onClick={() => onDecide('reject')}>
          {m.actions.reject}
        </Button>
        <Button color="primary" className="yw-mw-bar-main" onClick={() => onDecide('approve')}>
          {m.actions.approve}
        </Button>
      </footer>
    );
  }
  const { withdraw: canWithdraw, urge, resubmit } = view.can;
  if (!canWithdraw && !urge && !resubmit) return null;
  return (
    <footer className="yw-mw-bar" data-testid="mobile-action-bar">
      {canWithdraw && (
        <Button fill="outline" onClick={() => void withdraw()} loading={action.isPending}>
          {m.actions.withdraw}
        </Button>
      )}
      {urge && (
        <Button color="warning" fill="outline" onClick={() => void run('urge', m.urged)}>
          {m.actions.urge}
        </Button>
      )}
      {resubmit && (
        <Button
          color="primary"
          className="yw-mw-bar-main"
          onClick={() => void navigate(`/workflow/start/${view.processKey}?draft=${view.id}`)}
        >
          {m.actions.resubmit}
        </Button>
      )}
    </footer>
  );
}
