import { UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Empty, Tag } from 'antd';
import type { Delegation } from '../api/types.ts';
import { useDelegationChange } from '../hooks/queries.ts';
import { delegationMessages as m } from '../messages.ts';
import {
  delegateLabel,
  processesLabel,
  stateColours,
  stateOf,
  timeLabel,
} from './delegationText.ts';

interface Props {
  delegation: Delegation | undefined;
  processNames: Map<string, string>;
}

/** The delegation in force (or about to be): to whom, which processes, when; revoke. */
export function CurrentDelegation({ delegation, processNames }: Props) {
  const { message, modal } = App.useApp();
  const change = useDelegationChange();
  if (!delegation) {
    return <Empty image={<UserSwitchOutlined className="yw-empty-icon" />} description={m.none} />;
  }
  const state = stateOf(delegation);
  const revoke = () =>
    modal.confirm({
      title: m.revoke,
      content: m.revokeConfirm,
      okButtonProps: { danger: true },
      onOk: () =>
        change.mutateAsync('revoke').then(
          () => void message.success(m.revoked_done),
          (error: Error) => void message.error(error.message),
        ),
    });
  return (
    <div data-testid="current-delegation">
      <Descriptions
        column={1}
        size="small"
        colon={false}
        styles={{ label: { width: 88 } }}
        items={[
          {
            key: 'to',
            label: m.delegate,
            children: (
              <span>
                <strong>{delegateLabel(delegation)}</strong>{' '}
                <Tag color={stateColours[state]}>{m[state]}</Tag>
              </span>
            ),
          },
          { key: 'p', label: m.processes, children: processesLabel(delegation, processNames) },
          { key: 'f', label: m.from, children: timeLabel(delegation.from, m.now) },
          { key: 'u', label: m.until, children: timeLabel(delegation.until, m.untilRevoked) },
        ]}
      />
      <Button danger block onClick={revoke} loading={change.isPending} style={{ marginTop: 12 }}>
        {m.revoke}
      </Button>
    </div>
  );
}
