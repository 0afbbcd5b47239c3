import type { ChartOption } from '../hooks/useEChart.ts';
import type { InstanceStatus } from '../../workflow/index.ts';
import { workflowMessages } from '../../workflow/index.ts';
import type { ProcessStatistics, SummaryItem } from '../api/types.ts';
import { monitoringMessages as m } from '../messages.ts';

const base: ChartOption = {
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { top: 0 },
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
};

const outcomeColours: Partial<Record<InstanceStatus, string>> = {
  running: '#1a6fe0',
  suspended: '#e8a23a',
  completed: '#18a058',
  rejected: '#e04848',
  withdrawn: '#9aa7b8',
  terminated: '#5c6b80',
};

/** Stacked bars: instances per process, split by outcome. */
export function outcomesOption(items: SummaryItem[], names: Map<string, string>): ChartOption {
  const statuses = Object.keys(outcomeColours) as InstanceStatus[];
  return {
    ...base,
    xAxis: { type: 'category', data: items.map((i) => names.get(i.processKey) ?? i.processKey) },
    yAxis: { type: 'value', minInterval: 1 },
    series: statuses.map((status) => ({
      type: 'bar',
      name: workflowMessages.statuses[status],
      stack: 'outcome',
      barMaxWidth: 36,
      itemStyle: { color: outcomeColours[status] },
      data: items.map((i) => i.counts[status] ?? 0),
    })),
  };
}

// Minutes, hours or days, whichever keeps the numbers readable for the slowest node.
function unitFor(maxSeconds: number): { name: string; seconds: number } {
  if (maxSeconds < 2 * 3600) return { name: m.stats.units.minutes, seconds: 60 };
  if (maxSeconds < 3 * 86_400) return { name: m.stats.units.hours, seconds: 3600 };
  return { name: m.stats.units.days, seconds: 86_400 };
}

/** Bars per node: median and p90 time from arrival to decision. */
export function nodeTimesOption(process: ProcessStatistics | undefined): ChartOption {
  const nodes = process?.nodes ?? [];
  const unit = unitFor(Math.max(0, ...nodes.map((n) => n.p90Seconds ?? 0)));
  const hours = (seconds: number | null) =>
    seconds === null ? 0 : +(seconds / unit.seconds).toFixed(2);
  return {
    ...base,
    xAxis: { type: 'category', data: nodes.map((n) => n.nodeName) },
    yAxis: { type: 'value', name: unit.name },
    series: [
      {
        type: 'bar',
        name: m.stats.median,
        barMaxWidth: 28,
        itemStyle: { color: '#1a6fe0' },
        data: nodes.map((n) => hours(n.medianSeconds)),
      },
      {
        type: 'bar',
        name: m.stats.p90,
        barMaxWidth: 28,
        itemStyle: { color: '#7aa9f0' },
        data: nodes.map((n) => hours(n.p90Seconds)),
      },
    ],
  };
}

/** Stacked bars per node: returns, transfers, add-signs. */
export function nodeActionsOption(process: ProcessStatistics | undefined): ChartOption {
  const nodes = process?.nodes ?? [];
  const series = [
    { name: m.stats.returns, colour: '#e04848', values: nodes.map((n) => n.returns) },
    { name: m.stats.transfers, colour: '#e8a23a', values: nodes.map((n) => n.transfers) },
    { name: m.stats.addSigns, colour: '#129c9a', values: nodes.map((n) => n.addSigns) },
  ];
  return {
    ...base,
    xAxis: { type: 'category', data: nodes.map((n) => n.nodeName) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'actions',
      barMaxWidth: 28,
      itemStyle: { color: s.colour },
      data: s.values,
    })),
  };
}
