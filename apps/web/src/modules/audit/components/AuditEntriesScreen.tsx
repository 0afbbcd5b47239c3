import {
  CheckCircleTwoTone,
  CloudDownloadOutlined,
  SafetyCertificateOutlined,
  WarningTwoTone,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { auditApi } from '../api/audit.api.ts';
import type { AuditEntry, AuditFilter } from '../api/types.ts';
import { auditMessages } from '../messages.ts';
import { auditColumns } from './auditColumns.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';

const m = auditMessages.entries;
const pageSize = 20;

/** 审计日志: search by person, action, record, result and time; export; verify the chain. */
export function AuditEntriesScreen({ canExport }: { canExport: boolean }) {
  const { modal, message } = App.useApp();
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
        <AuditFilterForm
          onSearch={(next) => {
            setFilter(next);
            setPage(1);
          }}
        />
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={auditColumns}
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
