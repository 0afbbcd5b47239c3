import { Checkbox, Divider, Drawer, Form, Input, InputNumber, Select } from 'antd';
import type { FormSchema } from '@yuanwu/form-engine';
import type { ApprovalNode, TaskNode } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';
import { AssigneeEditor } from './AssigneeEditor.tsx';
import { FieldRightsEditor } from './FieldRightsEditor.tsx';
import { ReferencesEditor } from './ReferencesEditor.tsx';

/** Hours ↔ the ISO 8601 duration the engine stores (PT24H). */
function hoursOf(limit: string | undefined): number | null {
  const match = limit ? /^PT(\d+)H$/.exec(limit) : null;
  return match ? Number(match[1]) : null;
}

/** The properties of an approval or cc node. */
export function NodeDrawer({
  node,
  form,
  onChange,
  onClose,
}: {
  node: TaskNode | null;
  form: FormSchema;
  onChange: (node: TaskNode) => void;
  onClose: () => void;
}) {
  if (!node) return <Drawer open={false} onClose={onClose} />;
  const set = (change: Partial<ApprovalNode>) => onChange({ ...node, ...change });
  const approval = node.type === 'approval' ? node : null;
  return (
    <Drawer
      open
      width={520}
      title={node.name || m.blocks[node.type]}
      onClose={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={m.node.name}>
          <Input value={node.name} maxLength={50} onChange={(e) => set({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={approval ? m.node.rule : m.node.ccRule}>
          <AssigneeEditor
            value={node.assignee}
            form={form}
            onChange={(assignee) => set({ assignee })}
          />
        </Form.Item>
        {approval && (
          <>
            <Form.Item label={m.node.mode}>
              <Select
                value={approval.mode ?? 'any'}
                onChange={(mode) => set({ mode })}
                options={[
                  { value: 'any', label: m.node.modeAny },
                  { value: 'all', label: m.node.modeAll },
                  { value: 'sequence', label: m.node.modeSequence },
                ]}
              />
            </Form.Item>
            <Form.Item label={m.node.ifEmpty}>
              <Select
                value={approval.ifEmpty ?? 'error'}
                onChange={(ifEmpty) => set({ ifEmpty })}
                options={[
                  { value: 'skip', label: m.node.ifEmptySkip },
                  { value: 'admin', label: m.node.ifEmptyAdmin },
                  { value: 'error', label: m.node.ifEmptyError },
                ]}
              />
            </Form.Item>
            <Form.Item label={m.node.timeLimit}>
              <InputNumber
                min={1}
                max={8760}
                value={hoursOf(approval.timeLimit)}
                onChange={(hours) =>
                  hours
                    ? set({ timeLimit: `PT${hours}H` })
                    : set({ timeLimit: undefined, onTimeout: undefined })
                }
              />
              {approval.timeLimit && (
                <Select
                  style={{ width: 160, marginLeft: 8 }}
                  value={approval.onTimeout ?? 'remind'}
                  onChange={(onTimeout) => set({ onTimeout })}
                  options={[
                    { value: 'remind', label: m.node.onTimeoutRemind },
                    { value: 'autoApprove', label: m.node.onTimeoutApprove },
                  ]}
                />
              )}
            </Form.Item>
            <Form.Item>
              <Checkbox
                checked={approval.requireComment === true}
                onChange={(e) => set({ requireComment: e.target.checked || undefined })}
              >
                {m.node.requireComment}
              </Checkbox>
            </Form.Item>
          </>
        )}
        <Divider />
        <Form.Item label={m.node.fieldRights}>
          <FieldRightsEditor
            form={form}
            value={node.fieldPermissions}
            onChange={(fieldPermissions) => set({ fieldPermissions })}
          />
        </Form.Item>
        <Form.Item label={m.node.hint}>
          <Input.TextArea
            rows={3}
            placeholder={m.node.hintPlaceholder}
            value={node.hint}
            onChange={(e) => set({ hint: e.target.value || undefined })}
          />
        </Form.Item>
        <Form.Item label={m.node.references}>
          <ReferencesEditor
            value={node.references}
            onChange={(references) => set({ references })}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
