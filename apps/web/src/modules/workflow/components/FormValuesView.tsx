import { isRecord, type FieldDefinition, type Value } from '@yuanwu/form-engine';
import { Descriptions, Empty, Table } from 'antd';
import { workflowMessages as m } from '../messages.ts';

// Layout-only field types (headings) hold no value to list.
const layoutOnly: ReadonlySet<string> = new Set(['section']);

function textOf(value: Value | undefined): string {
  if (value === null || value === undefined || value === '') return m.emptyValue;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (Array.isArray(value)) return value.map((v) => textOf(v)).join(m.separator) || m.emptyValue;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function TableValue({ field, value }: { field: FieldDefinition; value: Value | undefined }) {
  if (field.type !== 'table') return null;
  const rows = Array.isArray(value) ? value : [];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(_row, index) => String(index)}
      dataSource={rows.map((row) => (isRecord(row) ? row : {}))}
      columns={field.columns.map((column) => ({
        key: column.key,
        title: column.label,
        render: (_: unknown, row: Record<string, Value>) => textOf(row[column.key]),
      }))}
    />
  );
}

/**
 * A read-only list of the form's values, used where no form renderer is wanted (and as
 * the stand-in until one is available).
 */
export function FormValuesView({
  fields,
  values,
}: {
  fields: FieldDefinition[];
  values: Record<string, Value>;
}) {
  const shown = fields.filter((f) => !layoutOnly.has(f.type));
  if (shown.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.formEmpty} />;
  }
  return (
    <Descriptions
      bordered
      size="middle"
      column={2}
      items={shown.map((field) => ({
        key: field.key,
        label: field.label,
        span: field.type === 'table' || field.type === 'textarea' ? 2 : 1,
        children:
          field.type === 'table' ? (
            <TableValue field={field} value={values[field.key]} />
          ) : (
            textOf(values[field.key])
          ),
      }))}
    />
  );
}
