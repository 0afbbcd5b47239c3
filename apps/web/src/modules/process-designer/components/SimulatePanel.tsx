import { Alert, Button, Drawer, Empty, Form, Space, Steps, Tag } from 'antd';
import type { Value } from '@yuanwu/form-engine';
import { useState } from 'react';
import { FormRenderer } from '../../forms/index.ts';
import { PersonPicker } from '../../org/index.ts';
import { designerApi } from '../api/designer.api.ts';
import type { Simulation } from '../api/types.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';

/** Pick an initiator and form values, see the path the engine would take and who decides. */
export function SimulatePanel({
  open,
  definition,
  onClose,
}: {
  open: boolean;
  definition: ProcessDefinition | null;
  onClose: () => void;
}) {
  const [initiator, setInitiator] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [result, setResult] = useState<Simulation | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    if (!definition || !initiator) return;
    setRunning(true);
    setFailure(null);
    try {
      setResult(await designerApi.simulate(definition, initiator, values));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Drawer open={open} width={560} mask={false} title={m.simulate.title} onClose={onClose}>
      <Form layout="vertical">
        <Form.Item label={m.simulate.initiator} required>
          <PersonPicker
            value={initiator}
            onChange={(value) => setInitiator(typeof value === 'string' ? value : null)}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={m.simulate.form}>
          {definition && definition.form.fields.length > 0 ? (
            <FormRenderer schema={definition.form} values={values} onChange={setValues} />
          ) : (
            <Empty description={m.designer.noForm} />
          )}
        </Form.Item>
        <Button type="primary" block disabled={!initiator} loading={running} onClick={run}>
          {m.simulate.run}
        </Button>
      </Form>
      {failure && <Alert style={{ marginTop: 16 }} type="error" showIcon message={failure} />}
      {result && (
        <Space
          direction="vertical"
          style={{ width: '100%', marginTop: 24 }}
          data-testid="simulation"
        >
          {result.problem && <Alert type="warning" showIcon message={result.problem} />}
          <Steps
            direction="vertical"
            size="small"
            current={result.path.length}
            items={[
              ...result.path.map((step) => ({
                title: (
                  <Space>
                    {step.name}
                    <Tag>{m.simulate.kinds[step.type] ?? step.type}</Tag>
                  </Space>
                ),
                description:
                  step.outcome === 'skipped'
                    ? m.simulate.skipped
                    : step.outcome === 'auto_approved'
                      ? m.simulate.autoApproved
                      : step.assignees.map((a) => a.name).join(m.separator) || m.simulate.nobody,
              })),
              {
                title: result.end ? m.simulate.end : m.simulate.notEnded,
                status: result.end ? ('finish' as const) : ('error' as const),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
