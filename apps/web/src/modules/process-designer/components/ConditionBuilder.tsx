import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { holdsValue, type FormSchema } from '@yuanwu/form-engine';
import { comparisonOps, type Rule, type RuleGroups } from '../model/conditions.ts';
import { designerMessages as m } from '../messages.ts';

const blankRule = (field = ''): Rule => ({ field, op: '>', value: '' });

/** Visual conditions: groups joined by “或”, rules inside a group joined by “且”. */
export function ConditionBuilder({
  form,
  value,
  onChange,
}: {
  form: FormSchema;
  value: RuleGroups;
  onChange: (groups: RuleGroups) => void;
}) {
  const fields = form.fields.filter(holdsValue);
  const first = fields[0]?.key ?? '';
  const setRule = (g: number, r: number, change: Partial<Rule>) =>
    onChange(
      value.map((group, gi) =>
        gi === g ? group.map((rule, ri) => (ri === r ? { ...rule, ...change } : rule)) : group,
      ),
    );
  const removeRule = (g: number, r: number) =>
    onChange(
      value
        .map((group, gi) => (gi === g ? group.filter((_, ri) => ri !== r) : group))
        .filter((group, gi) => group.length > 0 || gi === 0),
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((group, g) => (
        <Card
          key={g}
          size="small"
          title={value.length > 1 ? m.condition.group(g + 1) : undefined}
          extra={g > 0 && <Typography.Text type="secondary">{m.condition.or}</Typography.Text>}
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {group.map((rule, r) => (
              <Space.Compact key={r} style={{ width: '100%' }}>
                <Select
                  style={{ width: '36%' }}
                  placeholder={m.condition.field}
                  value={rule.field || undefined}
                  options={fields.map((field) => ({ value: field.key, label: field.label }))}
                  onChange={(field: string) => setRule(g, r, { field })}
                  data-testid={`rule-field-${g}-${r}`}
                />
                <Select
                  style={{ width: '26%' }}
                  value={rule.op}
                  options={comparisonOps.map((op) => ({ value: op, label: m.condition.ops[op] }))}
                  onChange={(op: Rule['op']) => setRule(g, r, { op })}
                />
                <Input
                  placeholder={m.condition.value}
                  value={rule.value}
                  onChange={(event) => setRule(g, r, { value: event.target.value })}
                  data-testid={`rule-value-${g}-${r}`}
                />
                <Button icon={<DeleteOutlined />} onClick={() => removeRule(g, r)} />
              </Space.Compact>
            ))}
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() =>
                onChange(value.map((gr, gi) => (gi === g ? [...gr, blankRule(first)] : gr)))
              }
            >
              {m.condition.addRule}
              {m.aside(m.condition.and)}
            </Button>
          </Space>
        </Card>
      ))}
      <Button
        type="dashed"
        block
        icon={<PlusOutlined />}
        onClick={() => onChange([...value, [blankRule(first)]])}
      >
        {m.condition.addGroup}
      </Button>
    </Space>
  );
}
