import type { Value } from '@yuanwu/form-engine';
import { Alert, Button, Flex } from 'antd';
import type { InstanceView } from '../api/types.ts';
import { actionMessages as a } from '../actionMessages.ts';
import type { ActionVariables } from '../hooks/useAction.ts';

interface Props {
  view: InstanceView;
  edited: Record<string, Value>;
  run: (variables: ActionVariables) => Promise<boolean>;
  pending: boolean;
}

/**
 * 重新提交 after a return or a withdrawal. After a return the initiator may send it
 * straight back to the node that returned it (the engine refuses where it cannot),
 * or through the whole process again.
 */
export function ResubmitPanel({ view, edited, run, pending }: Props) {
  const returned = view.status === 'running';
  const form = Object.keys(edited).length > 0 ? { form: edited } : {};
  return (
    <Flex vertical gap={12} data-testid="resubmit-panel">
      <Alert type="warning" showIcon title={returned ? a.resubmitHint : a.withdrawnHint} />
      <Flex gap={8} wrap>
        {returned && (
          <Button
            type="primary"
            disabled={pending}
            onClick={() => void run({ action: 'resubmit', body: { ...form, direct: true } })}
          >
            {a.resubmitDirect}
          </Button>
        )}
        <Button
          type={returned ? 'default' : 'primary'}
          disabled={pending}
          onClick={() => void run({ action: 'resubmit', body: { ...form } })}
        >
          {returned ? a.resubmitFromStart : a.resubmit}
        </Button>
      </Flex>
    </Flex>
  );
}
