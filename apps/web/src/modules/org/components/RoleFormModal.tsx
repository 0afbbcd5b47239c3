import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { orgApi } from '../api/org.api.ts';
import type { Role, RoleInput } from '../api/types.ts';
import { showFieldErrors } from '../formErrors.ts';
import { useRoleGroups } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.roles;

/** Creates a role or edits its name, description and group. */
export function RoleFormModal({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  editing: Role | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const [form] = Form.useForm<RoleInput>();
  const groups = useRoleGroups();
  const save = useOrgMutation(
    (input: RoleInput) =>
      editing ? orgApi.updateRole(editing.id, input) : orgApi.createRole(input),
    m.saved,
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        code: editing.code,
        name: editing.name,
        description: editing.description,
        groupId: editing.groupId,
      });
    }
  }, [open, editing, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await save.mutateAsync({ ...values, description: values.description ?? '' });
      onSaved(saved.id);
      onClose();
    } catch (error) {
      showFieldErrors(form, error);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? m.editTitle : m.createTitle}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="name"
          label={m.name}
          rules={[{ required: true, whitespace: true, message: m.nameRequired }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="code"
          label={m.code}
          extra={m.codeHint}
          rules={[{ required: true, whitespace: true, message: m.codeRequired }]}
        >
          <Input maxLength={48} disabled={editing?.builtin} className="yw-mono-input" />
        </Form.Item>
        <Form.Item name="groupId" label={m.group}>
          <Select
            allowClear
            placeholder={m.ungrouped}
            loading={groups.isLoading}
            options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
          />
        </Form.Item>
        <Form.Item name="description" label={m.descriptionLabel}>
          <Input.TextArea maxLength={200} rows={3} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
