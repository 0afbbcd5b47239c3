import {
  CheckCircleTwoTone,
  CloudDownloadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  WarningTwoTone,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  App,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { auditApi } from '../api/audit.api.ts';
import type { AuditEntry, AuditFilter } from '../api/types.ts';
import { auditMessages } from '../messages.ts';
import { rangeToQuery } from './TimeRange.ts';

const m = auditMessages.entries;
const pageSize = 20;

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

/** 审计日志: search by person, action, record, result and time; export; verify the chain. */
export function AuditEntriesScreen({ canExport }: { canExport: boolean }) {
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const entries = useQuery({
    queryKey: ['audit', 'entries', filter, page],
    queryFn: () => auditApi.entries(filter, page, pageSize),
    placeholderData: (previous) => previous,
  });
  const verify = useMutation({
    mutationFn: auditApi.verify,
    onSuccess: (verdict) => {
      if (verdict.intact) {
        modal.success({
          title: m.intactTitle,
          icon: <CheckCircleTwoTone twoToneColor="#18a058" />,
          content: m.intact(verdict.entries),
        });
      } else {
        modal.error({
          title: m.brokenTitle,
          icon: <WarningTwoTone twoToneColor="#e04848" />,
          content: verdict.brokenAt ? m.broken(verdict.brokenAt.seq, verdict.brokenAt.reason) : '',
        });
      }
    },
    onError: (error) => void message.error(error.message),
  });

  const exportAll = async () => {
    setExporting(true);
    try {
      await auditApi.exportEntries(filter);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: m.time,
      dataIndex: 'at',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      key: 'actor',
      title: m.actor,
      width: 150,
      render: (_: unknown, entry) => (
        <div>
          <div>{entry.actorName || entry.actorUsername || '—'}</div>
          {entry.actorName && (
            <Typography.Text type="secondary" className="yw-mono">
              {entry.actorUsername}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'action',
      title: m.action,
      width: 200,
      render: (_: unknown, entry) => (
        <div>
          <div>{auditMessages.actionLabels[entry.action] ?? entry.action}</div>
          <Typography.Text type="secondary" className="yw-mono">
            {entry.action}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'target',
      title: m.target,
      ellipsis: true,
      render: (_: unknown, entry) =>
        entry.targetType ? (
          <span>
            {auditMessages.targetTypes[entry.targetType] ?? entry.targetType}
            {entry.targetId && (
              <Typography.Text type="secondary" className="yw-mono">
                {' '}
                {entry.targetId}
              </Typography.Text>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'result',
      title: m.result,
      width: 150,
      render: (_: unknown, entry) =>
        entry.result === 'success' ? (
          <Tag color="green" variant="filled">
            {m.success}
          </Tag>
        ) : (
          <Tooltip title={entry.errorCode}>
            <Tag color="red" variant="filled">
              {m.failure}
              {entry.errorCode
                ? ` · ${auditMessages.errorCodes[entry.errorCode] ?? entry.errorCode}`
                : ''}
            </Tag>
          </Tooltip>
        ),
    },
    {
      key: 'ip',
      title: m.ip,
      dataIndex: 'ip',
      width: 130,
      render: (ip: string) => <span className="yw-mono">{ip}</span>,
    },
  ];

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        <>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {verify.isPending ? m.verifying : m.verify}
          </Button>
          {canExport && (
            <Button
              icon={<CloudDownloadOutlined />}
              loading={exporting}
              onClick={() => void exportAll()}
            >
              {m.export}
            </Button>
          )}
        </>
      }
    >
      <Card variant="borderless" className="yw-panel">
        <Form<FilterValues>
          form={form}
          layout="inline"
          className="yw-filter-form"
          onFinish={(values) => {
            setFilter(toFilter(values));
            setPage(1);
          }}
        >
          <Form.Item name="actor" label={m.actor}>
            <Input allowClear placeholder={m.actorPlaceholder} style={{ width: 150 }} />
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
                  setFilter({});
                  setPage(1);
                }}
              >
                {m.reset}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={entries.data?.items ?? []}
          loading={entries.isFetching}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (entry) => (
              <pre className="yw-json">{JSON.stringify(entry.summary, null, 2)}</pre>
            ),
            rowExpandable: (entry) => entry.summary !== null && entry.summary !== undefined,
          }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: m.total,
          }}
        />
      </Card>
    </PageContainer>
  );
}
