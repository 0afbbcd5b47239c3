import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { orgApi } from '../api/org.api.ts';
import type { DepartmentInput, DepartmentKind, DepartmentNode } from '../api/types.ts';
import { showFieldErrors } from '../formErrors.ts';
import { useCampuses } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { DepartmentPicker } from './DepartmentPicker.tsx';
import { PersonPicker } from './PersonPicker.tsx';

const m = orgMessages.departments;
const kinds = Object.entries(orgMessages.departmentKinds).map(([value, label]) => ({
  value: value as DepartmentKind,
  label,
}));

interface Values {
  name: string;
  code: string;
  kind: DepartmentKind;
  parentId: string | null;
  campusId: string | null;
  headPersonId: string | null;
}

/** Creates a department (under a parent) or edits one, including its head (科室负责人). */
export function DepartmentFormModal({
  open,
  editing,
  parentId,
  onClose,
  onSaved,
}: {
  open: boolean;
  editing: DepartmentNode | null;
  parentId: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const campuses = useCampuses();
  const save = useOrgMutation((values: Values) => {
    const input: DepartmentInput = {
      ...values,
      code: values.code.trim(),
      name: values.name.trim(),
    };
    return editing ? orgApi.updateDepartment(editing.id, input) : orgApi.createDepartment(input);
  }, m.saved);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            name: editing.name,
            code: editing.code,
            kind: editing.kind,
            parentId: editing.parentId,
            campusId: editing.campusId,
            headPersonId: editing.headPersonId,
          }
        : { kind: 'clinical', parentId, campusId: null, headPersonId: null },
    );
  }, [open, editing, parentId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await save.mutateAsync(values);
      onSaved(saved.id);
      onClose();
    } catch (error) {
      // The mutation already said what failed; validation details also go on their fields.
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
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark="optional" className="yw-modal-form">
        <div className="yw-form-grid">
          <Form.Item
            name="name"
            label={m.name}
            rules={[{ required: true, whitespace: true, message: m.nameRequired }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="code"
            label={m.code}
            rules={[{ required: true, whitespace: true, message: m.codeRequired }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={m.kind}
            rules={[{ required: true, message: m.kindRequired }]}
          >
            <Select options={kinds} />
          </Form.Item>
          <Form.Item name="campusId" label={m.campus}>
            <Select
              allowClear
              loading={campuses.isLoading}
              options={(campuses.data ?? []).map((campus) => ({
                value: campus.id,
                label: campus.name,
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="parentId" label={m.parent}>
          <DepartmentPicker exclude={editing?.id} placeholder={m.root} />
        </Form.Item>
        <Form.Item name="headPersonId" label={m.head}>
          <PersonPicker
            known={
              editing?.headPersonId && editing.headName
                ? [{ id: editing.headPersonId, label: editing.headName }]
                : []
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
