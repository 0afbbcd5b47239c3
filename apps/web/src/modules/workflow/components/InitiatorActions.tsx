import { Button, Popconfirm } from 'antd';
import { Link } from 'react-router';
import type { InstanceView } from '../api/types.ts';
import { actionMessages as a } from '../actionMessages.ts';
import type { ActionVariables } from '../hooks/useAction.ts';

interface Props {
  view: InstanceView;
  isInitiator: boolean;
  run: (variables: ActionVariables) => Promise<boolean>;
  pending: boolean;
  running: string | undefined;
}

/** The header's buttons: 撤回, 催办, 复制为新申请 for the initiator; 标记已读 for cc readers. */
export function InitiatorActions({ view, isInitiator, run, pending, running }: Props) {
  const { can } = view;
  return (
    <>
      {can.read && (
        <Button
          loading={running === 'read'}
          disabled={pending}
          onClick={() => void run({ action: 'read', body: {} })}
        >
          {a.read}
        </Button>
      )}
      {can.urge && (
        <Button
          loading={running === 'urge'}
          disabled={pending}
          onClick={() => void run({ action: 'urge', body: {} })}
        >
          {a.urge}
        </Button>
      )}
      {can.withdraw && (
        <Popconfirm
          title={a.confirmWithdraw}
          okText={a.withdraw}
          cancelText={a.cancel}
          onConfirm={() => run({ action: 'withdraw', body: {} })}
        >
          <Button danger loading={running === 'withdraw'} disabled={pending}>
            {a.withdraw}
          </Button>
        </Popconfirm>
      )}
      {isInitiator && view.status !== 'draft' && (
        <Link to={`/workflow/start/${encodeURIComponent(view.processKey)}?copyOf=${view.id}`}>
          <Button>{a.copy}</Button>
        </Link>
      )}
    </>
  );
}
