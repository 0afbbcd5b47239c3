import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Form, Input, Radio, Select, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { orgApi } from '../api/org.api.ts';
import type { Gender, PersonInput } from '../api/types.ts';
import { showFieldErrors } from '../formErrors.ts';
import { orgKeys, usePositions } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { DepartmentPicker } from './DepartmentPicker.tsx';
import { PersonPicker } from './PersonPicker.tsx';

const m = orgMessages.people;
const genders = (['male', 'female', 'unknown'] as const).map((value) => ({
  value,
  label: orgMessages.genders[value],
}));

interface Values {
  employeeNo: string;
  name: string;
  gender: Gender;
  phone?: string;
  email?: string;
  departmentId: string;
  positionId?: string | null;
  superiorId?: string | null;
}

function toInput(values: Values): PersonInput {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    employeeNo: values.employeeNo.trim(),
    name: values.name.trim(),
    gender: values.gender,
    phone: text(values.phone),
    email: text(values.email),
    departmentId: values.departmentId,
    positionId: values.positionId ?? null,
    superiorId: values.superiorId ?? null,
  };
}

/** Creates a person or edits one (`personId`); the drawer loads the full record first. */
export function PersonFormDrawer({
  open,
  personId,
  defaultDepartmentId,
  onClose,
}: {
  open: boolean;
  personId: string | null;
  defaultDepartmentId?: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const positions = usePositions();
  const person = useQuery({
    queryKey: orgKeys.person(personId ?? ''),
    queryFn: () => orgApi.person(personId ?? ''),
    enabled: open && personId !== null,
  });
  const save = useOrgMutation(
    (values: Values) =>
      personId
        ? orgApi.updatePerson(personId, toInput(values))
        : orgApi.createPerson(toInput(values)),
    m.saved,
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (personId === null) {
      form.setFieldsValue({ gender: 'unknown', departmentId: defaultDepartmentId });
    } else if (person.data) {
      const data = person.data;
      form.setFieldsValue({
        employeeNo: data.employeeNo,
        name: data.name,
        gender: data.gender,
        phone: data.phone ?? '',
        email: data.email ?? '',
        departmentId: data.departmentId,
        positionId: data.positionId,
        superiorId: data.superiorId,
      });
    }
  }, [open, personId, person.data, defaultDepartmentId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync(values);
      onClose();
    } catch (error) {
      showFieldErrors(form, error);
    }
  };

  const loading = personId !== null && person.isLoading;
  return (
    <Drawer
      open={open}
      title={personId ? m.editTitle : m.createTitle}
      size={480}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{orgMessages.cancel}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={loading}
            onClick={() => void submit().catch(() => undefined)}
          >
            {orgMessages.save}
          </Button>
        </Space>
      }
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form form={form} layout="vertical" requiredMark="optional">
          <div className="yw-form-grid">
            <Form.Item
              name="employeeNo"
              label={m.employeeNo}
              rules={[{ required: true, whitespace: true, message: m.employeeNoRequired }]}
            >
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item
              name="name"
              label={m.name}
              rules={[{ required: true, whitespace: true, message: m.nameRequired }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </div>
          <Form.Item name="gender" label={m.gender}>
            <Radio.Group options={genders} optionType="button" />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label={m.department}
            rules={[{ required: true, message: m.departmentRequired }]}
          >
            <DepartmentPicker allowClear={false} />
          </Form.Item>
          <Form.Item name="positionId" label={m.position}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={positions.isLoading}
              options={(positions.data ?? []).map((position) => ({
                value: position.id,
                label: position.name,
              }))}
            />
          </Form.Item>
          <Form.Item name="superiorId" label={m.superior}>
            <PersonPicker
              known={
                person.data?.superiorId && person.data.superiorName
                  ? [{ id: person.data.superiorId, label: person.data.superiorName }]
                  : []
              }
            />
          </Form.Item>
          <div className="yw-form-grid">
            <Form.Item name="phone" label={m.phone}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="email"
              label={m.email}
              rules={[{ type: 'email', message: m.emailInvalid }]}
            >
              <Input maxLength={100} inputMode="email" />
            </Form.Item>
          </div>
        </Form>
      )}
    </Drawer>
  );
}
