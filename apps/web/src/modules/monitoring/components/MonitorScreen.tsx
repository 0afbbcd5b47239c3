import { workflowMessages } from '../../workflow/index.ts';
import { Card, Empty, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { Intervention, MonitorFilter, MonitorRow } from '../api/types.ts';
import { useMonitorInstances, useMonitorSummary } from '../hooks/queries.ts';
import { monitoringMessages } from '../messages.ts';
import '../monitoring.css';
import { InterventionModal } from './InterventionModal.tsx';
import { MonitorFilterForm } from './MonitorFilterForm.tsx';
import { RowActions } from './RowActions.tsx';
import { SummaryStrip } from './SummaryStrip.tsx';

const m = monitoringMessages;
const c = m.columns;
const pageSize = 15;

/** 流程监控: every instance under a filter, counts by outcome, open tasks and interventions. */
export function MonitorScreen() {
  const [filter, setFilter] = useState<MonitorFilter>({});
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ row: MonitorRow; action: Intervention } | null>(null);
  const list = useMonitorInstances(filter, page, pageSize);
  const summary = useMonitorSummary(filter);

  return (
    <PageContainer title={m.monitor.title} description={m.monitor.description}>
      <SummaryStrip items={summary.data?.items ?? []} />
      <Card variant="borderless" className="yw-panel">
        <MonitorFilterForm
          onSearch={(next) => {
            setFilter(next);
            setPage(1);
          }}
        />
        <Table<MonitorRow>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1100 }}
          columns={[
            {
              key: 'title',
              title: c.title,
              render: (_, row) => <Link to={`/workflow/instances/${row.id}`}>{row.title}</Link>,
            },
            { key: 'process', title: c.process, dataIndex: 'processName', width: 140 },
            {
              key: 'initiator',
              title: c.initiator,
              width: 150,
              render: (_, row) => (
                <span>
                  {row.initiator.name ?? '—'}
                  {row.department?.name && (
                    <span className="yw-muted"> · {row.department.name}</span>
                  )}
                </span>
              ),
            },
            {
              key: 'status',
              title: c.status,
              width: 90,
              render: (_, row) => (
                <Tag
                  color={workflowMessages.statusColours[row.status]}
                  data-testid={`status-${row.id}`}
                >
                  {workflowMessages.statuses[row.status]}
                </Tag>
              ),
            },
            {
              key: 'current',
              title: c.current,
              width: 220,
              render: (_, row) =>
                row.openTasks.length === 0
                  ? m.noOpenTasks
                  : row.openTasks.map((task) => (
                      <span key={`${task.node}:${task.assignee}`} className="yw-open-task">
                        {task.nodeName}{' '}
                        <span className="yw-muted">· {task.assigneeName ?? '—'}</span>
                      </span>
                    )),
            },
            {
              key: 'createdAt',
              title: c.createdAt,
              width: 150,
              render: (_, row) => dayjs(row.createdAt).format('YYYY-MM-DD HH:mm'),
            },
            {
              key: 'actions',
              title: c.actions,
              width: 150,
              fixed: 'right',
              render: (_, row) => (
                <RowActions row={row} onPick={(action) => setActing({ row, action })} />
              ),
            },
          ]}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.monitor.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: m.monitor.total,
          }}
        />
      </Card>
      {acting && (
        <InterventionModal
          row={acting.row}
          action={acting.action}
          onClose={() => setActing(null)}
        />
      )}
    </PageContainer>
  );
}
