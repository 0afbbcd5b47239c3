import type { FieldDefinition } from '@yuanwu/form-engine';
import { Form, Input, InputNumber, Switch } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';
import { ExpressionInput } from './ExpressionInput.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';

interface Props {
  field: FieldDefinition;
  /** What formulas may read: the form's fields (and the row's columns inside a table). */
  scope: readonly FieldDefinition[];
  onChange: (field: FieldDefinition) => void;
}

const num = (value: number | null): number | undefined => value ?? undefined;

function patternProblem(pattern: string | undefined): string | null {
  if (!pattern) return null;
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch {
    return m.props.patternInvalid;
  }
}

/** The settings only some field types have: bounds, options, formula, rows, files. */
export function TypeProps({ field, scope, onChange }: Props) {
  const p = m.props;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const problem = patternProblem(field.pattern);
      return (
        <>
          <Form.Item label={p.maxLength}>
            <InputNumber
              min={0}
              style={{ width: '100%' }}
              value={field.maxLength}
              onChange={(v) => onChange({ ...field, maxLength: num(v) })}
            />
          </Form.Item>
          <Form.Item
            label={p.pattern}
            validateStatus={problem ? 'error' : undefined}
            help={problem}
          >
            <Input
              className="fd-code"
              value={field.pattern}
              onChange={(e) => onChange({ ...field, pattern: e.target.value || undefined })}
            />
          </Form.Item>
        </>
      );
    }
    case 'number':
    case 'money':
      return (
        <div className="fd-pair">
          <Form.Item label={p.min} htmlFor="fd-min">
            <InputNumber
              id="fd-min"
              style={{ width: '100%' }}
              value={field.min}
              onChange={(v) => onChange({ ...field, min: num(v) })}
            />
          </Form.Item>
          <Form.Item label={p.max}>
            <InputNumber
              style={{ width: '100%' }}
              value={field.max}
              onChange={(v) => onChange({ ...field, max: num(v) })}
            />
          </Form.Item>
        </div>
      );
    case 'select':
    case 'multiselect':
      return (
        <>
          <Form.Item label={p.multiple}>
            <Switch
              checked={field.type === 'multiselect'}
              onChange={(on) =>
                onChange({ ...field, type: on ? 'multiselect' : 'select', default: undefined })
              }
            />
          </Form.Item>
          <Form.Item label={p.options}>
            <OptionsEditor
              options={field.options}
              onChange={(options) => onChange({ ...field, options })}
            />
          </Form.Item>
        </>
      );
    case 'person':
    case 'department':
      return (
        <Form.Item label={p.multiple}>
          <Switch
            checked={field.multiple === true}
            onChange={(on) => onChange({ ...field, multiple: on || undefined })}
          />
        </Form.Item>
      );
    case 'formula':
      return (
        <Form.Item label={p.formula} extra={p.formulaHelp}>
          <ExpressionInput
            value={field.formula}
            fields={scope.filter((f) => f.key !== field.key)}
            onChange={(formula) => onChange({ ...field, formula })}
          />
        </Form.Item>
      );
    case 'table':
      return (
        <div className="fd-pair">
          <Form.Item label={p.minRows}>
            <InputNumber
              min={0}
              style={{ width: '100%' }}
              value={field.minRows}
              onChange={(v) => onChange({ ...field, minRows: num(v) })}
            />
          </Form.Item>
          <Form.Item label={p.maxRows}>
            <InputNumber
              min={0}
              style={{ width: '100%' }}
              value={field.maxRows}
              onChange={(v) => onChange({ ...field, maxRows: num(v) })}
            />
          </Form.Item>
        </div>
      );
    case 'attachment':
      return (
        <Form.Item label={p.maxFiles}>
          <InputNumber
            min={1}
            style={{ width: '100%' }}
            value={field.maxFiles}
            onChange={(v) => onChange({ ...field, maxFiles: num(v) })}
          />
        </Form.Item>
      );
    case 'date':
    case 'datetime':
    case 'section':
      return null;
  }
}
