import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import { Input, TextArea } from 'antd-mobile';
import { AttachmentControl } from './AttachmentControl.tsx';
import { ChoiceControl } from './ChoiceControl.tsx';
import { DateControl } from './DateControl.tsx';
import { mobileFormMessages as m } from './messages.ts';
import { PartyControl } from './PartyControl.tsx';

type ScalarField = Exclude<FieldDefinition, { type: 'table' } | { type: 'section' }>;

function text(value: Value | undefined): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function numberOf(raw: string): Value {
  if (raw.trim() === '') return null;
  const parsed = Number(raw);
  return Number.isFinite(parsed) ? parsed : raw;
}

function list(value: Value | undefined): string | string[] | null {
  if (Array.isArray(value)) return value.map((item) => String(item as string));
  return typeof value === 'string' && value ? value : null;
}

/** The antd-mobile control of one scalar field, controlled by the form state. */
export function FieldControl({
  field,
  value,
  onChange,
  disabled,
}: {
  field: ScalarField;
  value: Value | undefined;
  onChange: (value: Value) => void;
  disabled: boolean;
}) {
  const placeholder = field.placeholder ?? m.input;
  switch (field.type) {
    case 'text':
      return (
        <Input
          value={text(value)}
          onChange={onChange}
          placeholder={placeholder}
          clearable
          disabled={disabled}
          maxLength={field.maxLength}
        />
      );
    case 'textarea':
      return (
        <TextArea
          value={text(value)}
          onChange={onChange}
          placeholder={placeholder}
          disabled={disabled}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
        />
      );
    case 'number':
    case 'money':
      return (
        <Input
          type="number"
          inputMode="decimal"
          value={text(value)}
          onChange={(raw) => onChange(numberOf(raw))}
          placeholder={placeholder}
          disabled={disabled}
        />
      );
    case 'date':
    case 'datetime':
      return (
        <DateControl
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          withTime={field.type === 'datetime'}
          disabled={disabled}
        />
      );
    case 'select':
    case 'multiselect':
      return (
        <ChoiceControl
          options={field.options}
          value={list(value)}
          onChange={onChange}
          multiple={field.type === 'multiselect'}
          disabled={disabled}
        />
      );
    case 'person':
    case 'department':
      return (
        <PartyControl
          kind={field.type}
          value={list(value)}
          onChange={onChange}
          multiple={field.multiple ?? false}
          disabled={disabled}
        />
      );
    case 'attachment':
      return (
        <AttachmentControl
          value={value}
          onChange={onChange}
          disabled={disabled}
          maxFiles={field.maxFiles}
        />
      );
    case 'formula':
      return <span className="yw-mf-computed">{text(value) || m.computed}</span>;
    default:
      // A type this phone does not know yet (a newer designer): show the value, keep it.
      return <span className="yw-mf-computed">{text(value)}</span>;
  }
}
