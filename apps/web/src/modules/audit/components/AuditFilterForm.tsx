import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilter } from '../api/types.ts';
import { auditMessages } from '../messages.ts';
import { rangeToQuery } from './TimeRange.ts';

const m = auditMessages.entries;

interface FilterValues {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  result?: 'success' | 'failure';
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: FilterValues): AuditFilter {
  const text = (value: string | undefined) => value?.trim() || undefined;
  return {
    actor: text(values.actor),
    action: text(values.action),
    targetType: text(values.targetType),
    targetId: text(values.targetId),
    result: values.result,
    ...rangeToQuery(values.range),
  };
}

const actionOptions = [
  ...auditMessages.actionPrefixes.map((prefix) => ({
    value: prefix.value,
    label: `${prefix.value}*  ${prefix.label}`,
  })),
  ...Object.entries(auditMessages.actionLabels).map(([value, label]) => ({
    value,
    label: `${value}  ${label}`,
  })),
];

/** The audit search: person, action (code or prefix), record, result and time range. */
export function AuditFilterForm({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      className="yw-filter-form"
      onFinish={(values) => onSearch(toFilter(values))}
    >
      <Form.Item name="actor" label={m.actor}>
        <Input allowClear placeholder={m.actorPlaceholder} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="action" label={m.action}>
        <AutoComplete
          allowClear
          placeholder={m.actionPlaceholder}
          options={actionOptions}
          showSearch={{
            filterOption: (input, option) =>
              (option?.label ?? '').toString().toLowerCase().includes(input.toLowerCase()),
          }}
          style={{ width: 230 }}
          popupMatchSelectWidth={320}
        />
      </Form.Item>
      <Form.Item name="targetType" label={m.targetType}>
        <Select
          allowClear
          style={{ width: 120 }}
          options={Object.entries(auditMessages.targetTypes).map(([value, label]) => ({
            value,
            label,
          }))}
        />
      </Form.Item>
      <Form.Item name="targetId" label={m.targetId}>
        <Input allowClear style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="result" label={m.result}>
        <Select
          allowClear
          placeholder={m.allResults}
          style={{ width: 110 }}
          options={[
            { value: 'success', label: m.success },
            { value: 'failure', label: m.failure },
          ]}
        />
      </Form.Item>
      <Form.Item name="range" label={m.time}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {m.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {m.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
