import { Card, Col, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useProcessOptions } from '../../workflow/index.ts';
import type { Delegation } from '../api/types.ts';
import { useDelegations } from '../hooks/queries.ts';
import { delegationMessages as m } from '../messages.ts';
import { CurrentDelegation } from './CurrentDelegation.tsx';
import {
  delegateLabel,
  processesLabel,
  stateColours,
  stateOf,
  timeLabel,
} from './delegationText.ts';
import { DelegationForm } from './DelegationForm.tsx';
import { HandledList } from './HandledList.tsx';

const c = m.columns;

/** 授权代理: the delegation in force, set or replace it, past ones, and what I handled as a delegate. */
export function DelegationScreen() {
  const delegations = useDelegations();
  const processes = useProcessOptions();
  const names = useMemo(
    () => new Map((processes.data?.items ?? []).map((p) => [p.key, p.name])),
    [processes.data],
  );
  const items = delegations.data?.items ?? [];
  const current = items.find((d) => stateOf(d) === 'active' || stateOf(d) === 'pending');

  return (
    <PageContainer title={m.title} description={m.description}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card variant="borderless" className="yw-panel yw-panel-auto" title={m.current}>
            {delegations.isLoading ? (
              <Skeleton active />
            ) : (
              <CurrentDelegation delegation={current} processNames={names} />
            )}
          </Card>
          <Card
            variant="borderless"
            className="yw-panel yw-panel-auto"
            title={current ? m.replaceTitle : m.setTitle}
            style={{ marginTop: 16 }}
          >
            <DelegationForm replacing={Boolean(current)} />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card variant="borderless" className="yw-panel yw-panel-auto" title={m.history}>
            <Table<Delegation>
              rowKey="id"
              size="small"
              loading={delegations.isLoading}
              dataSource={items}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              columns={[
                { key: 'to', title: c.delegate, render: (_, d) => delegateLabel(d) },
                { key: 'p', title: c.processes, render: (_, d) => processesLabel(d, names) },
                { key: 'f', title: c.from, render: (_, d) => timeLabel(d.from, m.now) },
                { key: 'u', title: c.until, render: (_, d) => timeLabel(d.until, m.untilRevoked) },
                {
                  key: 's',
                  title: c.state,
                  render: (_, d) => <Tag color={stateColours[stateOf(d)]}>{m[stateOf(d)]}</Tag>,
                },
              ]}
            />
          </Card>
          <Card
            variant="borderless"
            className="yw-panel yw-panel-auto"
            title={m.handled}
            style={{ marginTop: 16 }}
          >
            <Typography.Paragraph type="secondary">{m.handledHint}</Typography.Paragraph>
            <HandledList />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
