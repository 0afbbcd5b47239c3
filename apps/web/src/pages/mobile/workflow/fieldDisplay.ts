import type { FieldDefinition } from '@yuanwu/form-engine';
import dayjs from 'dayjs';
import { numberLocale } from '../../../ui/locale.ts';
import { mobileWorkflowMessages as m } from './messages.ts';

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** A read-only value as one line of text, by the field's type (tables are shown as cards). */
export function displayValue(
  field: FieldDefinition,
  value: unknown,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (isEmpty(value)) return m.noValue;
  if (field.type === 'person' || field.type === 'department') {
    const ids = Array.isArray(value) ? value : [value];
    return ids
      .map((id) => (typeof id === 'string' ? (names.get(id) ?? m.unknownParty) : ''))
      .join(m.listSeparator);
  }
  if (field.type === 'attachment' && Array.isArray(value)) {
    return m.files(value.length);
  }
  if (field.type === 'money' && typeof value === 'number') {
    return `¥${value.toLocaleString(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  if (field.type === 'datetime' && typeof value === 'string') {
    return dayjs(value).format('YYYY-MM-DD HH:mm');
  }
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
      .join(m.listSeparator);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}
