import { Card, Col, Form, InputNumber, Row, Space, Switch } from 'antd';
import type { SecurityPolicy } from '../api/types.ts';
import { securityMessages } from '../messages.ts';

const m = securityMessages.policy;

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

/** The policy's fields in three cards: passwords, lockout, sessions (inside the policy form). */
export function PolicyFields() {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={m.passwords} variant="borderless" className="yw-panel yw-panel-auto">
          <Row gutter={16}>
            <Col span={12}>
              <NumberItem name="minLength" label={m.minLength} unit={m.chars} min={6} max={128} />
            </Col>
            <Col span={12}>
              <NumberItem name="maxLength" label={m.maxLength} unit={m.chars} min={8} max={256} />
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
                unit={m.historyUnit}
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
  );
}
