import type { FieldDefault, FieldDefinition } from '@yuanwu/form-engine';
import { Input, InputNumber, Segmented, Space, Tag } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';
import { ExpressionInput } from './ExpressionInput.tsx';

type Kind = 'none' | 'value' | 'expr';

/** Shortcuts from the expression language, offered where they fit the field. */
function helpersFor(type: string): { label: string; expr: string }[] {
  const p = m.props;
  switch (type) {
    case 'date':
      return [{ label: p.helperToday, expr: 'today()' }];
    case 'datetime':
      return [{ label: p.helperNow, expr: 'now()' }];
    case 'person':
      return [{ label: p.helperMe, expr: 'initiator.id' }];
    case 'department':
      return [{ label: p.helperMyDept, expr: 'initiator.dept' }];
    case 'text':
      return [{ label: p.helperToday, expr: 'today()' }];
    default:
      return [];
  }
}

// Constant defaults are offered for plain values; anything else takes an expression.
const constantTypes = new Set(['text', 'textarea', 'number', 'money', 'select']);

interface Props {
  field: FieldDefinition;
  fields: readonly FieldDefinition[];
  onChange: (value: FieldDefault | undefined) => void;
}

/** 默认值: none, a constant, or an expression such as `today()` or `initiator.dept`. */
export function DefaultEditor({ field, fields, onChange }: Props) {
  const current = field.default;
  const kind: Kind = !current ? 'none' : 'expr' in current ? 'expr' : 'value';
  const kinds = [
    { label: m.props.defaultNone, value: 'none' },
    ...(constantTypes.has(field.type) ? [{ label: m.props.defaultValue, value: 'value' }] : []),
    { label: m.props.defaultExpr, value: 'expr' },
  ];
  const numeric = field.type === 'number' || field.type === 'money';
  const helpers = helpersFor(field.type);
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Segmented
        size="small"
        options={kinds}
        value={kind}
        onChange={(next) =>
          onChange(next === 'none' ? undefined : next === 'value' ? { value: null } : { expr: '' })
        }
      />
      {current && 'value' in current && numeric && (
        <InputNumber
          style={{ width: '100%' }}
          value={typeof current.value === 'number' ? current.value : null}
          onChange={(value) => onChange({ value: value ?? null })}
        />
      )}
      {current && 'value' in current && !numeric && (
        <Input
          value={typeof current.value === 'string' ? current.value : ''}
          onChange={(event) => onChange({ value: event.target.value })}
        />
      )}
      {current && 'expr' in current && (
        <ExpressionInput
          value={current.expr}
          fields={fields}
          onChange={(expr) => onChange({ expr })}
        />
      )}
      {helpers.length > 0 && (
        <div className="fd-helpers">
          <span>{m.props.defaultHelpers}</span>
          {helpers.map((helper) => (
            <Tag.CheckableTag
              key={helper.expr}
              checked={current !== undefined && 'expr' in current && current.expr === helper.expr}
              onChange={() => onChange({ expr: helper.expr })}
            >
              {helper.label}
            </Tag.CheckableTag>
          ))}
        </div>
      )}
    </Space>
  );
}
