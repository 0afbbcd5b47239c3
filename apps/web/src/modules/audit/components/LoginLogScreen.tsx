import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { auditApi } from '../api/audit.api.ts';
import type { LoginEntry, LoginFilter } from '../api/types.ts';
import { auditMessages } from '../messages.ts';
import { rangeToQuery } from './TimeRange.ts';

const m = auditMessages.logins;
const e = auditMessages.entries;
const pageSize = 20;

interface FilterValues {
  username?: string;
  success?: 'true' | 'false';
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** 登录日志: every sign-in attempt, filtered by account, result and time. */
export function LoginLogScreen() {
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<LoginFilter>({});
  const [page, setPage] = useState(1);
  const logins = useQuery({
    queryKey: ['audit', 'logins', filter, page],
    queryFn: () => auditApi.logins(filter, page, pageSize),
    placeholderData: (previous) => previous,
  });

  return (
    <PageContainer title={m.title} description={m.description}>
      <Card variant="borderless" className="yw-panel">
        <Form<FilterValues>
          form={form}
          layout="inline"
          className="yw-filter-form"
          onFinish={(values) => {
            setFilter({
              username: values.username?.trim() || undefined,
              success: values.success,
              ...rangeToQuery(values.range),
            });
            setPage(1);
          }}
        >
          <Form.Item name="username" label={m.username}>
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="success" label={m.result}>
            <Select
              allowClear
              placeholder={m.allResults}
              style={{ width: 120 }}
              options={[
                { value: 'true', label: m.success },
                { value: 'false', label: m.failure },
              ]}
            />
          </Form.Item>
          <Form.Item name="range" label={e.time}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {e.search}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilter({});
                  setPage(1);
                }}
              >
                {e.reset}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<LoginEntry>
          rowKey="id"
          size="middle"
          dataSource={logins.data?.items ?? []}
          loading={logins.isFetching}
          scroll={{ x: 900 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={e.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: logins.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: e.total,
          }}
          columns={[
            {
              key: 'at',
              title: e.time,
              dataIndex: 'at',
              width: 170,
              render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
            },
            { key: 'username', title: m.username, dataIndex: 'username', width: 140 },
            {
              key: 'success',
              title: m.result,
              dataIndex: 'success',
              width: 90,
              render: (success: boolean) => (
                <Tag color={success ? 'green' : 'red'} variant="filled">
                  {success ? m.success : m.failure}
                </Tag>
              ),
            },
            {
              key: 'reason',
              title: m.reason,
              dataIndex: 'reason',
              width: 200,
              render: (reason: string) =>
                reason ? (auditMessages.loginReasons[reason] ?? reason) : '—',
            },
            {
              key: 'ip',
              title: e.ip,
              dataIndex: 'ip',
              width: 130,
              render: (ip: string) => <span className="yw-mono">{ip}</span>,
            },
            { key: 'ua', title: m.userAgent, dataIndex: 'userAgent', ellipsis: true },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
