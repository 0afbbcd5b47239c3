import { DownOutlined } from '@ant-design/icons';
import type { Value } from '@yuanwu/form-engine';
import { Alert, Button, Dropdown, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import type { InstanceView } from '../api/types.ts';
import { actionMessages as a } from '../actionMessages.ts';
import type { ActionVariables } from '../hooks/useAction.ts';
import { CommentBox } from './CommentBox.tsx';
import { PeopleModal, type PeopleModalMode } from './PeopleModal.tsx';
import { ReturnModal, returnTargets } from './ReturnModal.tsx';

interface Props {
  view: InstanceView;
  /** The values of the fields this reader may edit at this step, sent with 同意. */
  edited: Record<string, Value>;
  run: (variables: ActionVariables) => Promise<boolean>;
  pending: boolean;
  running: string | undefined;
}

/** 办理: comment, then 同意 / 驳回 / 退回 / 转办 / 加签 for the reader's open task. */
export function ApprovalPanel({ view, edited, run, pending, running }: Props) {
  const task = view.myTasks[0];
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [people, setPeople] = useState<PeopleModalMode | null>(null);
  const [position, setPosition] = useState<'before' | 'after'>('before');
  if (!task) return null;
  const node = task.node;
  const required = view.graph.nodes.find((n) => n.id === node)?.requireComment === true;
  const text = comment.trim() || undefined;
  const missing = required && !text;
  const canReturn = returnTargets(view.graph.nodes).length > 0;
  const after = (ok: boolean) => {
    if (ok) setComment('');
    return ok;
  };
  const hasEdits = Object.keys(edited).length > 0;

  return (
    <Flex vertical gap={12} data-testid="approval-panel">
      <Alert
        type="info"
        showIcon
        title={a.myTask(task.nodeName)}
        description={
          task.hint || task.references?.length ? (
            <Flex vertical gap={4}>
              {task.hint && <span style={{ whiteSpace: 'pre-wrap' }}>{task.hint}</span>}
              {task.references?.map((ref) => (
                <a key={ref.url} href={ref.url} target="_blank" rel="noreferrer">
                  {ref.name}
                </a>
              ))}
            </Flex>
          ) : undefined
        }
      />
      <CommentBox value={comment} onChange={setComment} required={required} />
      <Flex gap={8} wrap>
        <Button
          type="primary"
          disabled={missing || pending}
          loading={running === 'approve'}
          onClick={async () =>
            after(
              await run({
                action: 'approve',
                body: { node, comment: text, ...(hasEdits ? { form: edited } : {}) },
              }),
            )
          }
        >
          {a.approve}
        </Button>
        <Popconfirm
          title={a.confirmReject}
          okText={a.reject}
          cancelText={a.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={async () =>
            after(await run({ action: 'reject', body: { node, comment: text } }))
          }
        >
          <Button danger disabled={missing || pending} loading={running === 'reject'}>
            {a.reject}
          </Button>
        </Popconfirm>
        {canReturn && (
          <Button disabled={missing || pending} onClick={() => setReturning(true)}>
            {a.return}
          </Button>
        )}
        <Button disabled={pending} onClick={() => setPeople('transfer')}>
          {a.transfer}
        </Button>
        <Dropdown
          disabled={pending}
          menu={{
            items: [
              { key: 'before', label: a.addSignBefore },
              { key: 'after', label: a.addSignAfter },
            ],
            onClick: ({ key }) => {
              setPosition(key === 'after' ? 'after' : 'before');
              setPeople('add-sign');
            },
          }}
        >
          <Button>
            {a.addSign} <DownOutlined />
          </Button>
        </Dropdown>
      </Flex>
      <ReturnModal
        open={returning}
        nodes={view.graph.nodes.filter((n) => n.id !== node)}
        confirming={running === 'return'}
        onCancel={() => setReturning(false)}
        onConfirm={async (to) => {
          if (after(await run({ action: 'return', body: { node, to, comment: text } }))) {
            setReturning(false);
          }
        }}
      />
      <PeopleModal
        mode={people}
        initialPosition={position}
        confirming={running === 'transfer' || running === 'add-sign'}
        onCancel={() => setPeople(null)}
        onConfirm={async (to, where) => {
          const ok =
            people === 'transfer'
              ? await run({ action: 'transfer', body: { node, to: to[0] ?? '', comment: text } })
              : await run({
                  action: 'add-sign',
                  body: { node, to, position: where, comment: text },
                });
          if (after(ok)) setPeople(null);
        }}
      />
    </Flex>
  );
}
