import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formsMessages as m } from '../messages.ts';
import { useIsMoney } from '../moneyFormulas.ts';
import { messagesAt } from '../paths.ts';
import { ReadOnlyValue } from './ReadOnlyValue.tsx';
import { ScalarControl } from './ScalarControl.tsx';
import { TableControl } from './TableControl.tsx';

interface Props {
  field: FieldDefinition;
  value: Value | undefined;
  /** Absent: the field is shown, not edited. */
  onChange?: (value: Value) => void;
  /** Writes several keys of the form at once (lookups fill other fields). */
  onPatch?: (patch: Record<string, Value>) => void;
  errors: readonly ErrorDetail[];
}

/** Columns a field takes when the designer gave no `span`: wide kinds take the whole row. */
export function spanOf(field: FieldDefinition): number {
  if (field.span) return field.span;
  const wide = ['textarea', 'table', 'section', 'attachment'];
  return wide.includes(field.type) ? 4 : 2;
}

function control(props: Props, invalid: boolean, money: boolean): ReactNode {
  const { field, value, onChange, onPatch, errors } = props;
  if (field.type === 'table') {
    return <TableControl field={field} value={value} onChange={onChange} errors={errors} />;
  }
  if (field.type === 'formula') {
    return (
      <div className="yw-form-formula">
        <ReadOnlyValue field={field} value={value} money={money} />
        <Typography.Text type="secondary" className="yw-form-formula-tag">
          {m.formula}
        </Typography.Text>
      </div>
    );
  }
  if (!onChange) {
    return (
      <div className="yw-form-readonly">
        <ReadOnlyValue field={field} value={value} />
      </div>
    );
  }
  return (
    <ScalarControl
      id={`field-${field.key}`}
      field={field}
      value={value}
      onChange={onChange}
      onPatch={onPatch}
      invalid={invalid}
    />
  );
}

/** One field in the grid: label (with the required mark when editable), control, help, message. */
export function FieldItem(props: Props) {
  const { field, onChange, errors } = props;
  const own = messagesAt(errors, field.key);
  const money = useIsMoney(field.key);
  return (
    <div
      className="yw-form-cell"
      style={{ gridColumn: `span ${spanOf(field)}` }}
      data-field={field.key}
    >
      <Form.Item
        label={field.label}
        htmlFor={`field-${field.key}`}
        required={Boolean(field.required) && onChange !== undefined}
        validateStatus={own.length > 0 ? 'error' : undefined}
        help={own.length > 0 ? own.join(m.errorSeparator) : undefined}
        extra={field.help}
        style={{ marginBottom: 0 }}
      >
        {control(props, own.length > 0, money)}
      </Form.Item>
    </div>
  );
}
