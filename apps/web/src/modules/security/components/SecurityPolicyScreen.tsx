import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Space, Switch } from 'antd';
import { isApiError } from '../../../app/api.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { securityApi } from '../api/security.api.ts';
import type { SecurityPolicy } from '../api/types.ts';
import { securityMessages } from '../messages.ts';

const m = securityMessages.policy;
const policyKey = ['security', 'policy'] as const;

type NumberField = {
  [K in keyof SecurityPolicy]: SecurityPolicy[K] extends number ? K : never;
}[keyof SecurityPolicy];

function NumberItem({
  name,
  label,
  unit,
  min,
  max,
  extra,
}: {
  name: NumberField;
  label: string;
  unit: string;
  min: number;
  max: number;
  extra?: string;
}) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true }]}>
      <InputNumber min={min} max={max} precision={0} suffix={unit} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** 安全策略: the password, lockout and session settings, saved whole after a confirmation. */
export function SecurityPolicyScreen() {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SecurityPolicy>();
  const policy = useQuery({ queryKey: policyKey, queryFn: securityApi.policy });
  const save = useMutation({
    mutationFn: securityApi.savePolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKey, saved);
      void message.success(securityMessages.saved);
    },
  });

  const submit = (values: SecurityPolicy) => {
    modal.confirm({
      title: m.confirmSave,
      content: m.confirmSaveHint,
      onOk: async () => {
        try {
          await save.mutateAsync(values);
        } catch (error) {
          if (isApiError(error) && error.details.length > 0) {
            form.setFields(
              error.details.map((detail) => ({
                name: detail.path as keyof SecurityPolicy,
                errors: [detail.message],
              })),
            );
          }
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  };

  if (policy.isLoading) {
    return (
      <PageContainer title={m.title} description={m.description}>
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      </PageContainer>
    );
  }
  if (!policy.data) {
    return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />;
  }
  const initial = policy.data;

  return (
    <PageContainer title={m.title} description={m.description}>
      <Form<SecurityPolicy>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        className="yw-policy-form"
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={m.passwords} variant="borderless" className="yw-panel yw-panel-auto">
              <Row gutter={16}>
                <Col span={12}>
                  <NumberItem
                    name="minLength"
                    label={m.minLength}
                    unit={m.chars}
                    min={6}
                    max={128}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="maxLength"
                    label={m.maxLength}
                    unit={m.chars}
                    min={8}
                    max={256}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="minCharClasses"
                    label={m.minCharClasses}
                    unit={m.kinds}
                    min={1}
                    max={4}
                    extra={m.minCharClassesHint}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="historyCount"
                    label={m.historyCount}
                    unit={m.times}
                    min={0}
                    max={24}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="expiryDays"
                    label={m.expiryDays}
                    unit={m.days}
                    min={0}
                    max={3650}
                    extra={m.expiryHint}
                  />
                </Col>
                <Col span={12}>
                  <Space orientation="vertical" size={4} className="yw-switches">
                    <Form.Item
                      name="forbidUsername"
                      valuePropName="checked"
                      label={m.forbidUsername}
                      layout="horizontal"
                      colon={false}
                    >
                      <Switch />
                    </Form.Item>
                    <Form.Item
                      name="forbidCommon"
                      valuePropName="checked"
                      label={m.forbidCommon}
                      layout="horizontal"
                      colon={false}
                    >
                      <Switch />
                    </Form.Item>
                  </Space>
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={m.lockout} variant="borderless" className="yw-panel yw-panel-auto">
              <Row gutter={16}>
                <Col span={12}>
                  <NumberItem
                    name="lockoutThreshold"
                    label={m.lockoutThreshold}
                    unit={m.times}
                    min={1}
                    max={100}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="lockoutWindowMinutes"
                    label={m.lockoutWindowMinutes}
                    unit={m.minutes}
                    min={1}
                    max={1440}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="lockoutMinutes"
                    label={m.lockoutMinutes}
                    unit={m.minutes}
                    min={1}
                    max={1440}
                  />
                </Col>
                <Col span={12}>
                  <NumberItem
                    name="maxFailuresPerHour"
                    label={m.maxFailuresPerHour}
                    unit={m.times}
                    min={1}
                    max={100000}
                    extra={m.maxFailuresHint}
                  />
                </Col>
              </Row>
            </Card>
            <Card
              title={m.sessions}
              variant="borderless"
              className="yw-panel yw-panel-auto"
              style={{ marginTop: 16 }}
            >
              <Row gutter={16}>
                <Col span={8}>
                  <NumberItem
                    name="idleMinutes"
                    label={m.idleMinutes}
                    unit={m.minutes}
                    min={1}
                    max={1440}
                  />
                </Col>
                <Col span={8}>
                  <NumberItem
                    name="adminIdleMinutes"
                    label={m.adminIdleMinutes}
                    unit={m.minutes}
                    min={1}
                    max={1440}
                  />
                </Col>
                <Col span={8}>
                  <NumberItem
                    name="absoluteHours"
                    label={m.absoluteHours}
                    unit={m.hours}
                    min={1}
                    max={168}
                  />
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>
        <div className="yw-form-footer">
          <Button onClick={() => form.setFieldsValue(initial)}>{securityMessages.reset}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {securityMessages.save}
          </Button>
        </div>
      </Form>
    </PageContainer>
  );
}
