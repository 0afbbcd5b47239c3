import { Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';
import { useCategories, useManagedProcesses } from '../hooks/queries.ts';
import { useKeySuggestion } from '../hooks/useKeySuggestion.ts';
import { designerMessages as m } from '../messages.ts';

export interface ProcessFormValues {
  name: string;
  key: string;
  categoryId?: string;
}

/** Name and key of a new process, or of a copy. */
export function ProcessFormModal({
  open,
  copyOf,
  onSubmit,
  onCancel,
  busy,
}: {
  open: boolean;
  copyOf: string | null;
  onSubmit: (values: ProcessFormValues) => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const [form] = Form.useForm<ProcessFormValues>();
  const categories = useCategories();
  const processes = useManagedProcesses('');
  const taken = useMemo(() => (processes.data ?? []).map((p) => p.key), [processes.data]);
  const suggestKey = useKeySuggestion(form, taken);
  return (
    <Modal
      open={open}
      title={copyOf ? `${m.create.copyTitle}${m.colon}${copyOf}` : m.create.title}
      okText={copyOf ? m.list.copy : m.create.ok}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onSubmit} preserve={false}>
        <Form.Item name="name" label={m.create.name} rules={[{ required: true, max: 200 }]}>
          <Input
            autoFocus
            data-testid="process-name"
            onChange={(event) => suggestKey(event.target.value)}
          />
        </Form.Item>
        <Form.Item
          name="key"
          label={m.create.key}
          extra={m.create.keyHelp}
          rules={[
            { required: true, max: 100 },
            // Like the processes that ship with the product (seal_engraving, budget_request).
            { pattern: /^[a-z0-9][a-z0-9_-]*$/, message: m.create.keyPattern },
            {
              validator: (_, key: string | undefined) =>
                key && taken.includes(key)
                  ? Promise.reject(new Error(m.create.keyTaken))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input data-testid="process-key" />
        </Form.Item>
        {!copyOf && (
          <Form.Item name="categoryId" label={m.create.category}>
            <Select
              allowClear
              options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
