import { App, Button, DatePicker, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useProcessOptions } from '../../workflow/index.ts';
import { useDelegationChange } from '../hooks/queries.ts';
import { delegationMessages as m } from '../messages.ts';
import { DelegatePicker } from './DelegatePicker.tsx';

interface Values {
  to?: string;
  processKeys?: string[];
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Sets (or replaces) my delegation: who, which processes (none = all), from and until when. */
export function DelegationForm({ replacing }: { replacing: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const processes = useProcessOptions();
  const change = useDelegationChange();

  const submit = (values: Values) => {
    if (!values.to) return;
    const [from, until] = values.period ?? [null, null];
    change.mutate(
      {
        to: values.to,
        processKeys: values.processKeys?.length ? values.processKeys : undefined,
        from: from?.toISOString(),
        until: until?.toISOString(),
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(m.saved);
        },
        onError: (error) => void message.error(error.message),
      },
    );
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      {replacing && <Typography.Paragraph type="warning">{m.replaceHint}</Typography.Paragraph>}
      <Form.Item name="to" label={m.delegate} rules={[{ required: true, message: m.required }]}>
        <DelegatePicker />
      </Form.Item>
      <Form.Item name="processKeys" label={m.processes}>
        <Select
          mode="multiple"
          allowClear
          placeholder={m.pickProcesses}
          loading={processes.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(processes.data?.items ?? []).map((p) => ({ value: p.key, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="period" label={m.period}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          placeholder={[m.now, m.untilRevoked]}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} block>
        {m.save}
      </Button>
    </Form>
  );
}
