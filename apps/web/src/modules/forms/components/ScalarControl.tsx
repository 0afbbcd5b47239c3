import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { DepartmentPicker, PersonPicker } from '../../org/index.ts';
import { moneyFormatter, moneyParser } from '../format.ts';
import { AttachmentControl } from './AttachmentControl.tsx';
import { LookupControl } from './LookupControl.tsx';
import { formsMessages as m } from '../messages.ts';

export interface ControlProps<F extends FieldDefinition = FieldDefinition> {
  field: F;
  value: Value | undefined;
  onChange: (value: Value) => void;
  /** Several keys of the same record at once (a lookup and the fields it fills). */
  onPatch?: (patch: Record<string, Value>) => void;
  id?: string;
  invalid?: boolean;
}

const full = { width: '100%' } as const;

/** The editor of one plain field (text, numbers, dates, choices, people, departments). */
export function ScalarControl({ field, value, onChange, onPatch, id, invalid }: ControlProps) {
  const status = invalid ? 'error' : undefined;
  const placeholder = field.placeholder;
  switch (field.type) {
    case 'text':
      if (field.lookup) {
        return (
          <LookupControl
            id={id}
            field={field}
            value={value}
            invalid={invalid}
            onPatch={onPatch ?? ((patch) => onChange(patch[field.key] ?? null))}
          />
        );
      }
      return (
        <Input
          id={id}
          status={status}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder ?? m.pleaseEnter}
          maxLength={field.maxLength}
          allowClear
        />
      );
    case 'textarea':
      return (
        <Input.TextArea
          id={id}
          status={status}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder ?? m.pleaseEnter}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          autoSize={{ minRows: 3, maxRows: 8 }}
        />
      );
    case 'number':
    case 'money':
      return (
        <InputNumber<number>
          id={id}
          status={status}
          style={full}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? null)}
          placeholder={placeholder ?? m.pleaseEnter}
          min={field.min}
          max={field.max}
          {...(field.type === 'money'
            ? {
                prefix: m.yuan,
                precision: 2,
                formatter: moneyFormatter,
                parser: (text) => Number(moneyParser(text)),
              }
            : {})}
        />
      );
    case 'date':
    case 'datetime': {
      const withTime = field.type === 'datetime';
      const parsed = typeof value === 'string' && value ? dayjs(value) : null;
      return (
        <DatePicker
          id={id}
          status={status}
          style={full}
          showTime={withTime ? { format: 'HH:mm' } : false}
          format={withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}
          value={parsed?.isValid() ? parsed : null}
          onChange={(next) =>
            onChange(next ? (withTime ? next.second(0).format() : next.format('YYYY-MM-DD')) : null)
          }
          placeholder={placeholder ?? (withTime ? m.pickDateTime : m.pickDate)}
        />
      );
    }
    case 'select':
    case 'multiselect':
      return (
        <Select<string | string[]>
          id={id}
          status={status}
          style={full}
          mode={field.type === 'multiselect' ? 'multiple' : undefined}
          value={(value as string | string[] | null | undefined) ?? undefined}
          onChange={(next) => onChange(next ?? null)}
          options={field.options.map((option) => ({ value: option, label: option }))}
          placeholder={placeholder ?? m.pleaseSelect}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
        />
      );
    case 'person':
      return (
        <PersonPicker
          id={id}
          multiple={field.multiple}
          value={(value as string | string[] | null | undefined) ?? null}
          onChange={(next) => onChange(next)}
          placeholder={placeholder}
        />
      );
    case 'department':
      return (
        <DepartmentPicker
          id={id}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next)}
          placeholder={placeholder}
        />
      );
    case 'attachment':
      return <AttachmentControl id={id} field={field} value={value} onChange={onChange} />;
    case 'table':
    case 'formula':
    case 'section':
      // Rendered by FieldItem and TableControl, not here.
      return null;
  }
}
