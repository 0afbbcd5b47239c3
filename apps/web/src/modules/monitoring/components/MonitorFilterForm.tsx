import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DepartmentPicker, PersonPicker } from '../../org/index.ts';
import type { InstanceStatus } from '../../workflow/index.ts';
import { workflowMessages } from '../../workflow/index.ts';
import type { MonitorFilter } from '../api/types.ts';
import { useProcessNames } from '../hooks/useProcessNames.ts';
import { monitoringMessages } from '../messages.ts';

const m = monitoringMessages.filters;
const statuses = Object.keys(workflowMessages.statuses).filter(
  (s): s is Exclude<InstanceStatus, 'draft'> => s !== 'draft',
);

interface Values {
  processKey?: string;
  status?: Exclude<InstanceStatus, 'draft'>;
  initiator?: string | null;
  department?: string | null;
  q?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Process, status, initiator, department, start time and title: the monitoring filter. */
export function MonitorFilterForm({ onSearch }: { onSearch: (filter: MonitorFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const processes = useProcessNames();
  const submit = (values: Values) => {
    const [from, to] = values.period ?? [null, null];
    onSearch({
      processKey: values.processKey,
      status: values.status,
      initiator: values.initiator ?? undefined,
      department: values.department ?? undefined,
      q: values.q?.trim() || undefined,
      from: from?.startOf('day').toISOString(),
      to: to?.endOf('day').toISOString(),
    });
  };
  return (
    <Form<Values> form={form} layout="inline" className="yw-filter-form" onFinish={submit}>
      <Form.Item name="q">
        <Input allowClear placeholder={m.q} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="processKey">
        <Select
          allowClear
          placeholder={m.process}
          style={{ width: 170 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={processes.options}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={m.status}
          style={{ width: 120 }}
          options={statuses.map((s) => ({ value: s, label: workflowMessages.statuses[s] }))}
        />
      </Form.Item>
      <Form.Item name="initiator">
        <PersonPicker placeholder={m.initiator} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="department">
        <DepartmentPicker placeholder={m.department} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="period">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {m.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {m.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
