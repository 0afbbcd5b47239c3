import { Card, Empty } from 'antd';
import { useEChart, type ChartOption } from '../hooks/useEChart.ts';
import { monitoringMessages as m } from '../messages.ts';
import '../monitoring.css';

interface Props {
  title: string;
  option: ChartOption;
  empty: boolean;
  wide?: boolean;
  testId: string;
}

/** A card holding one ECharts chart; the canvas stays mounted so the chart keeps its instance. */
export function BarChartCard({ title, option, empty, wide, testId }: Props) {
  const ref = useEChart(option);
  return (
    <Card variant="borderless" className={`yw-panel${wide ? ' yw-stats-wide' : ''}`} title={title}>
      <div ref={ref} className="yw-chart" data-testid={testId} hidden={empty} />
      {empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.stats.empty} />}
    </Card>
  );
}
