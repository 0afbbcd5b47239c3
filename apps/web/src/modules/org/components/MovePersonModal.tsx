import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { orgApi } from '../api/org.api.ts';
import type { PersonSummary } from '../api/types.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { DepartmentPicker } from './DepartmentPicker.tsx';

const m = orgMessages.people;

/** 调整科室: moves a person to another department. */
export function MovePersonModal({
  person,
  onClose,
}: {
  person: PersonSummary | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ departmentId: string }>();
  const move = useOrgMutation(
    ({ id, departmentId }: { id: string; departmentId: string }) =>
      orgApi.movePerson(id, departmentId),
    m.moved,
  );

  useEffect(() => {
    if (person) form.setFieldsValue({ departmentId: person.departmentId });
  }, [person, form]);

  const submit = async () => {
    if (!person) return;
    const { departmentId } = await form.validateFields();
    await move.mutateAsync({ id: person.id, departmentId });
    onClose();
  };

  return (
    <Modal
      open={person !== null}
      title={person ? m.moveTitle(person.name) : ''}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label={m.department}>{person?.departmentName}</Form.Item>
        <Form.Item
          name="departmentId"
          label={m.newDepartment}
          rules={[{ required: true, message: m.departmentRequired }]}
        >
          <DepartmentPicker allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
