import { Card, DatePicker, Flex, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { MonitorFilter, SlowPerson } from '../api/types.ts';
import { useMonitorSummary, useStatistics } from '../hooks/queries.ts';
import { useProcessNames } from '../hooks/useProcessNames.ts';
import { monitoringMessages } from '../messages.ts';
import '../monitoring.css';
import { BarChartCard } from './BarChartCard.tsx';
import { nodeActionsOption, nodeTimesOption, outcomesOption } from './chartOptions.ts';

const m = monitoringMessages;
type Range = [Dayjs | null, Dayjs | null] | null;

/** 流程统计: volume and outcome per process; per node times and returns; the slowest people. */
export function StatisticsScreen() {
  const [range, setRange] = useState<Range>([dayjs().subtract(90, 'day'), dayjs()]);
  const [picked, setPicked] = useState<string | undefined>();
  const filter = useMemo<MonitorFilter>(
    () => ({
      from: range?.[0]?.startOf('day').toISOString(),
      to: range?.[1]?.endOf('day').toISOString(),
    }),
    [range],
  );
  const stats = useStatistics(filter);
  const summary = useMonitorSummary(filter);
  const { names } = useProcessNames();
  const all = stats.data?.processes ?? [];
  const processKey = picked ?? all.find((p) => p.nodes.length > 0)?.processKey;
  const current = all.find((p) => p.processKey === processKey);
  const summaryItems = summary.data?.items ?? [];

  const outcomes = useMemo(() => outcomesOption(summaryItems, names), [summaryItems, names]);
  const times = useMemo(() => nodeTimesOption(current), [current]);
  const actions = useMemo(() => nodeActionsOption(current), [current]);
  const slowest = all.flatMap((p) =>
    p.slowestPeople.map((person) => ({ ...person, processKey: p.processKey })),
  );

  return (
    <PageContainer
      title={m.stats.title}
      description={m.stats.description}
      extra={
        <Flex gap={8} align="center">
          <DatePicker.RangePicker
            value={range}
            allowEmpty={[true, true]}
            onChange={(next) => setRange(next)}
            aria-label={m.stats.range}
          />
          <Select
            style={{ width: 200 }}
            placeholder={m.stats.pickProcess}
            value={processKey}
            onChange={setPicked}
            options={all.map((p) => ({
              value: p.processKey,
              label: names.get(p.processKey) ?? p.processKey,
            }))}
          />
        </Flex>
      }
    >
      <div className="yw-stats-grid">
        <BarChartCard
          wide
          title={m.stats.outcomes}
          option={outcomes}
          empty={summaryItems.length === 0}
          testId="chart-outcomes"
        />
        <BarChartCard
          title={m.stats.nodeTimes}
          option={times}
          empty={!current || current.nodes.length === 0}
          testId="chart-node-times"
        />
        <BarChartCard
          title={m.stats.nodeActions}
          option={actions}
          empty={!current || current.nodes.length === 0}
          testId="chart-node-actions"
        />
        <Card variant="borderless" className="yw-panel yw-stats-wide" title={m.stats.slowest}>
          <Table<SlowPerson & { processKey: string }>
            rowKey={(row) => `${row.processKey}:${row.personId}`}
            size="small"
            loading={stats.isLoading}
            dataSource={slowest}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: m.stats.empty }}
            columns={[
              { key: 'name', title: m.stats.person, render: (_, row) => row.name ?? '—' },
              {
                key: 'process',
                title: m.stats.process,
                render: (_, row) => names.get(row.processKey) ?? row.processKey,
              },
              { key: 'decided', title: m.stats.decided, dataIndex: 'decided', width: 110 },
              {
                key: 'median',
                title: m.stats.medianTime,
                width: 140,
                render: (_, row) => m.duration(row.medianSeconds),
                sorter: (a, b) => (a.medianSeconds ?? 0) - (b.medianSeconds ?? 0),
                defaultSortOrder: 'descend',
              },
            ]}
          />
        </Card>
      </div>
    </PageContainer>
  );
}
