import { ArrowLeftOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Value } from '@yuanwu/form-engine';
import { Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../auth/index.ts';
import { submittableValues } from '../../forms/index.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { actionMessages as a } from '../actionMessages.ts';
import { useInstance } from '../hooks/queries.ts';
import { useActionRunner } from '../hooks/useActionRunner.ts';
import { workflowMessages as m } from '../messages.ts';
import { ApprovalPanel } from './ApprovalPanel.tsx';
import { FlowChart } from './FlowChart.tsx';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { InitiatorActions } from './InitiatorActions.tsx';
import { InstanceForm } from './InstanceForm.tsx';
import { InstanceHeader } from './InstanceHeader.tsx';
import { peopleNames } from './peopleNames.ts';
import { ResubmitPanel } from './ResubmitPanel.tsx';
import { StatusTag } from './StatusTag.tsx';
import '../workflow.css';

/** 办理 / 查看 one request: facts, form, handling, history and the flow chart. */
export function InstanceScreen({ id }: { id: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const query = useInstance(id);
  const runner = useActionRunner(id);
  const view = query.data;
  const [values, setValues] = useState<Record<string, Value>>({});
  // A fresh revision from the server replaces local edits: the step (and its rights) changed.
  useEffect(() => {
    if (view) setValues(view.form);
  }, [view]);
  const names = useMemo(() => (view ? peopleNames(view) : new Map<string, string>()), [view]);
  const nodeNames = useMemo(
    () =>
      new Map(
        (view?.graph.nodes ?? []).map((n) => [
          n.id,
          n.type === 'start' ? m.history.initiatorNode : n.name,
        ]),
      ),
    [view],
  );

  if (query.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!view) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const isInitiator = me.person?.id === view.initiator.id;
  const editable: readonly string[] | 'all' = view.can.resubmit ? 'all' : view.editableFields;
  const canEdit = editable === 'all' || editable.length > 0;
  const edited = canEdit ? submittableValues({ fields: view.fields }, values, editable) : {};
  const handling = view.can.approve || view.can.resubmit;

  return (
    <PageContainer
      title={
        <Flex align="center" gap={10} wrap>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={a.back}
            onClick={() => void navigate(-1)}
          />
          <span data-testid="instance-title">{view.title}</span>
          <StatusTag status={view.status} />
        </Flex>
      }
      extra={
        <>
          <InitiatorActions view={view} isInitiator={isInitiator} {...runner} />
          <Link to={`/workflow/instances/${view.id}/print`}>
            <Button icon={<PrinterOutlined />}>{a.print}</Button>
          </Link>
          <Button
            icon={<ReloadOutlined />}
            aria-label={a.refresh}
            onClick={() => void query.refetch()}
          />
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card size="small">
              <InstanceHeader view={view} />
            </Card>
            <Card title={m.sections.form}>
              <InstanceForm
                view={view}
                values={values}
                editable={editable}
                onChange={setValues}
                errors={runner.details}
              />
            </Card>
            <Card title={m.sections.chart} styles={{ body: { padding: 12 } }}>
              <FlowChart graph={view.graph} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {handling && (
              <Card title={m.sections.handle} className="yw-handle-card">
                {view.can.approve ? (
                  <ApprovalPanel view={view} edited={edited} {...runner} />
                ) : (
                  <ResubmitPanel view={view} edited={edited} {...runner} />
                )}
              </Card>
            )}
            <Card title={m.sections.history}>
              <HistoryTimeline
                history={view.history}
                pending={view.tasks}
                names={names}
                nodeNames={nodeNames}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
    </PageContainer>
  );
}
