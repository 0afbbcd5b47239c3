import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { PersonPicker } from '../../org/index.ts';
import { useInstance } from '../../workflow/index.ts';
import type { Intervention, MonitorRow } from '../api/types.ts';
import { useIntervention, type InterventionRequest } from '../hooks/queries.ts';
import { monitoringMessages as m } from '../messages.ts';

interface Values {
  comment?: string;
  node?: string;
  task?: string;
  to?: string | null;
}

interface Props {
  row: MonitorRow;
  action: Intervention;
  onClose: () => void;
}

// Suspend and resume carry no comment on the server; the others are recorded with one.
const withComment: ReadonlySet<Intervention> = new Set(['terminate', 'jump', 'reassign']);

function requestOf(action: Intervention, values: Values): InterventionRequest {
  const comment = values.comment?.trim() || undefined;
  switch (action) {
    case 'suspend':
    case 'resume':
      return { action };
    case 'terminate':
      return { action, comment };
    case 'jump':
      return { action, to: values.node ?? '', comment };
    case 'reassign':
      return { action, task: values.task ?? '', to: values.to ?? '', comment };
  }
}

/** Confirms one intervention, asking what it needs: the node to jump to, the task and new person. */
export function InterventionModal({ row, action, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const intervene = useIntervention();
  const needsView = action === 'jump' || action === 'reassign';
  const view = useInstance(needsView ? row.id : undefined);
  const nodes = (view.data?.graph.nodes ?? []).filter(
    (n) => n.type === 'approval' || n.type === 'end',
  );
  const tasks = (view.data?.tasks ?? []).filter((t) => t.state === 'open');

  const submit = (values: Values) =>
    intervene.mutate(
      { id: row.id, request: requestOf(action, values) },
      {
        onSuccess: () => {
          void message.success(m.done[action]);
          onClose();
        },
        onError: (error) => void message.error(error.message),
      },
    );

  return (
    <Modal
      open
      title={m.modalTitle(m.actions[action], row.title)}
      okText={m.actions[action]}
      okButtonProps={{ danger: action === 'terminate', loading: intervene.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type={action === 'terminate' ? 'warning' : 'info'}
        showIcon
        title={m.confirm[action]}
      />
      <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ marginTop: 16 }}>
        {action === 'jump' && (
          <Form.Item
            name="node"
            label={m.node}
            rules={[{ required: true, message: m.nodeRequired }]}
          >
            <Select
              loading={view.isLoading}
              options={nodes.map((n) => ({ value: n.id, label: n.name }))}
            />
          </Form.Item>
        )}
        {action === 'reassign' && (
          <>
            <Form.Item
              name="task"
              label={m.task}
              rules={[{ required: true, message: m.taskRequired }]}
            >
              <Select
                loading={view.isLoading}
                options={tasks.map((t) => ({
                  value: t.id,
                  label: `${t.nodeName} · ${t.assigneeName ?? t.assignee}`,
                }))}
              />
            </Form.Item>
            <Form.Item name="to" label={m.to} rules={[{ required: true, message: m.toRequired }]}>
              <PersonPicker />
            </Form.Item>
          </>
        )}
        {withComment.has(action) && (
          <Form.Item
            name="comment"
            label={m.comment}
            rules={[{ required: true, whitespace: true, message: m.commentRequired }]}
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={m.commentPlaceholder} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
