import type { FieldDefinition } from '@yuanwu/form-engine';
import { Select, Space, Typography } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';

type BudgetPart = 'name' | 'total' | 'used' | 'remaining';
/** `lookup` of a text field (form-engine): the budget code, filling other fields on pick. */
export interface LookupConfig {
  source: 'budget';
  fill: Record<string, BudgetPart>;
}

const parts: BudgetPart[] = ['name', 'total', 'used', 'remaining'];

/** The lookup a field carries, if any (read loosely: not every field type has one). */
export function lookupOf(field: FieldDefinition): LookupConfig | undefined {
  return (field as { lookup?: LookupConfig }).lookup;
}

interface Props {
  field: FieldDefinition;
  fields: readonly FieldDefinition[];
  onChange: (lookup: LookupConfig | undefined) => void;
}

/** 数据来源: links a text field to the budget list and names what a pick fills in. */
export function LookupEditor({ field, fields, onChange }: Props) {
  const lookup = lookupOf(field);
  const targets = fields.filter(
    (f) => f.key !== field.key && f.type !== 'section' && f.type !== 'table',
  );
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Select
        value={lookup ? 'budget' : 'none'}
        options={[
          { value: 'none', label: m.props.lookupNone },
          { value: 'budget', label: m.props.lookupBudget },
        ]}
        onChange={(value) =>
          onChange(value === 'budget' ? { source: 'budget', fill: {} } : undefined)
        }
      />
      {lookup && (
        <>
          <Typography.Text type="secondary">{m.props.lookupFill}</Typography.Text>
          {parts.map((part) => {
            const target = Object.entries(lookup.fill).find(([, p]) => p === part)?.[0];
            return (
              <Space.Compact key={part} style={{ width: '100%' }}>
                <span className="fd-lookup-part">{m.props.lookupParts[part]}</span>
                <Select
                  allowClear
                  style={{ flex: 1 }}
                  placeholder={m.props.lookupFillPick}
                  value={target}
                  options={targets.map((f) => ({ value: f.key, label: f.label || f.key }))}
                  onChange={(key?: string) => {
                    const fill = Object.fromEntries(
                      Object.entries(lookup.fill).filter(([, p]) => p !== part),
                    );
                    if (key) fill[key] = part;
                    onChange({ source: 'budget', fill });
                  }}
                />
              </Space.Compact>
            );
          })}
        </>
      )}
    </Space>
  );
}
