import {
  ArrowLeftOutlined,
  CloudUploadOutlined,
  ExperimentOutlined,
  FormOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { App, Alert, Badge, Button, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { useRoles } from '../../org/index.ts';
import type { DesignProblem } from '../api/types.ts';
import { useDesigner } from '../hooks/useDesigner.ts';
import { useCheck, usePublish } from '../hooks/usePublish.ts';
import type { Selection } from '../model/edit.ts';
import { findSelection } from '../model/find.ts';
import { designerMessages as m } from '../messages.ts';
import type { CanvasContext } from './canvasContext.ts';
import { CheckPanel } from './CheckPanel.tsx';
import { FlowCanvas } from './FlowCanvas.tsx';
import { GraphView } from './GraphView.tsx';
import { SelectionDrawer } from './SelectionDrawer.tsx';
import { SimulatePanel } from './SimulatePanel.tsx';

/** 流程设计器: the nested DingTalk-style flow with check, simulation and publish. */
export function DesignerScreen({
  processKey,
  newName,
  categoryId,
}: {
  processKey: string;
  newName: string | null;
  categoryId?: string | undefined;
}) {
  const { message } = App.useApp();
  const designer = useDesigner(processKey, newName);
  const roles = useRoles();
  const check = useCheck();
  const publish = usePublish();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [panel, setPanel] = useState<'check' | 'simulate' | null>(null);
  const [problems, setProblems] = useState<DesignProblem[] | null>(null);
  const { nested, definition } = designer;

  const context: CanvasContext | null = useMemo(() => {
    if (!nested) return null;
    const roleNames = new Map((roles.data ?? []).map((role) => [role.code, role.name]));
    const fieldNames = new Map(nested.form.fields.map((field) => [field.key, field.label]));
    return {
      names: {
        role: (code) => roleNames.get(code) ?? code,
        field: (key) => fieldNames.get(key) ?? key,
      },
      selection,
      problemNodes: new Set((problems ?? []).flatMap((p) => (p.nodeId ? [p.nodeId] : []))),
      select: setSelection,
      setBlocks: designer.setBlocks,
    };
  }, [nested, roles.data, selection, problems, designer.setBlocks]);

  if (designer.loading) return <Skeleton active />;
  if (designer.error) return <ErrorState error={designer.error} />;
  if (!definition) return <Skeleton active />;

  const runCheck = async () => {
    setPanel('check');
    setProblems(await check.mutateAsync(definition));
  };
  const runPublish = async () => {
    const result = await publish.mutateAsync({
      definition,
      categoryId: designer.isNew ? categoryId : undefined,
    });
    setProblems(result.problems);
    if (result.version === null) {
      setPanel('check');
      void message.error(m.designer.publishBlocked);
      return;
    }
    designer.markPublished();
    void message.success(m.designer.published(result.version));
  };
  const pick = (nodeId: string) => {
    const found = nested ? findSelection(nested.blocks, nodeId) : null;
    if (found) setSelection(found);
  };
  const errors = (problems ?? []).filter((p) => p.severity === 'error').length;
  // A process without a version yet: the form designer publishes its first one with the
  // name and category chosen at creation.
  const formParams = new URLSearchParams(
    designer.isNew ? { name: definition.name, ...(categoryId ? { categoryId } : {}) } : {},
  ).toString();
  const formLink = `/workflow/design/${encodeURIComponent(definition.key)}/form${formParams ? `?${formParams}` : ''}`;

  return (
    <div className="yw-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space size="middle">
          <Link to="/workflow/design">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={m.designer.back} />
          </Link>
          <Typography.Title
            level={4}
            style={{ margin: 0 }}
            editable={
              nested
                ? {
                    onChange: (name) => name.trim() && designer.setProcess((p) => ({ ...p, name })),
                  }
                : false
            }
          >
            {definition.name}
          </Typography.Title>
          <Tag>{definition.key}</Tag>
          {designer.dirty && <Tag color="orange">{m.designer.unsaved}</Tag>}
        </Space>
        <Space wrap>
          <Link to={formLink}>
            <Button icon={<FormOutlined />} data-testid="edit-form">
              {m.designer.editForm}
            </Button>
          </Link>
          <Badge count={errors} size="small">
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={check.isPending}
              onClick={runCheck}
            >
              {m.designer.check}
            </Button>
          </Badge>
          <Button icon={<ExperimentOutlined />} onClick={() => setPanel('simulate')}>
            {m.designer.simulate}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={publish.isPending}
            onClick={runPublish}
            data-testid="publish"
          >
            {m.designer.publish}
          </Button>
        </Space>
      </Flex>
      {definition.form.fields.length === 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={designer.isNew ? m.designer.noFormNew : m.designer.noForm}
          action={
            <Link to={formLink}>
              <Button size="small" type="primary" icon={<FormOutlined />}>
                {m.designer.editForm}
              </Button>
            </Link>
          }
        />
      )}
      {nested && context ? (
        <FlowCanvas process={nested} context={context} />
      ) : (
        <>
          <Alert
            style={{ marginBottom: 12 }}
            type="warning"
            showIcon
            message={m.designer.readOnly}
          />
          <GraphView definition={definition} />
        </>
      )}
      {nested && (
        <SelectionDrawer
          selection={selection}
          process={nested}
          setBlocks={designer.setBlocks}
          onClose={() => setSelection(null)}
        />
      )}
      <CheckPanel
        open={panel === 'check'}
        problems={problems}
        loading={check.isPending}
        onRun={runCheck}
        onPublish={() => {
          setPanel(null);
          void runPublish();
        }}
        onPick={pick}
        onClose={() => setPanel(null)}
      />
      <SimulatePanel
        open={panel === 'simulate'}
        definition={definition}
        onClose={() => setPanel(null)}
      />
    </div>
  );
}
