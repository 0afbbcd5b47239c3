import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useDepartmentNames, usePersonNames } from '../hooks/useNames.ts';
import { AttachmentControl } from './AttachmentControl.tsx';
import { formatMoney, formatNumber, plainText } from '../format.ts';
import { formsMessages as m } from '../messages.ts';

function ids(value: Value | undefined): string[] {
  if (typeof value === 'string' && value) return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function PersonNames({ value }: { value: Value | undefined }) {
  const list = ids(value);
  const names = usePersonNames(list);
  return <>{list.map((id) => names.get(id) ?? id).join(m.listSeparator) || m.empty}</>;
}

function DepartmentNames({ value }: { value: Value | undefined }) {
  const names = useDepartmentNames();
  return (
    <>
      {ids(value)
        .map((id) => names.get(id) ?? id)
        .join(m.listSeparator) || m.empty}
    </>
  );
}

/** How a value reads when it may not be edited here (approval pages, copies, print). */
export function ReadOnlyValue({
  field,
  value,
  money = false,
}: {
  field: FieldDefinition;
  value: Value | undefined;
  /** A formula that computes money (see moneyFormulas.ts). */
  money?: boolean;
}) {
  if (value === undefined || value === null || value === '') {
    return <Typography.Text type="secondary">{m.empty}</Typography.Text>;
  }
  switch (field.type) {
    case 'money':
      return <>{typeof value === 'number' ? formatMoney(value) : plainText(value)}</>;
    case 'formula':
      if (typeof value !== 'number') return <>{plainText(value)}</>;
      return <>{money ? formatMoney(value) : formatNumber(value)}</>;
    case 'number':
      return <>{typeof value === 'number' ? formatNumber(value) : plainText(value)}</>;
    case 'datetime':
      return <>{typeof value === 'string' ? dayjs(value).format('YYYY-MM-DD HH:mm') : ''}</>;
    case 'textarea':
      return <span className="yw-form-multiline">{plainText(value)}</span>;
    case 'person':
      return <PersonNames value={value} />;
    case 'department':
      return <DepartmentNames value={value} />;
    case 'attachment':
      return <AttachmentControl field={field} value={value} />;
    case 'text':
    case 'date':
    case 'select':
    case 'multiselect':
    case 'table':
    case 'section':
      return <>{plainText(value) || m.empty}</>;
  }
}
