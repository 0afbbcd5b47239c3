import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableField, Value } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Button, Form } from 'antd-mobile';
import { FieldControl } from './FieldControl.tsx';
import { mobileFormMessages as m } from './messages.ts';

type Row = Record<string, Value>;

function rowsOf(value: Value | undefined): Row[] {
  return Array.isArray(value)
    ? value.filter(
        (row): row is Row => typeof row === 'object' && row !== null && !Array.isArray(row),
      )
    : [];
}

/** 明细表 on a phone: one card per row with its columns stacked, add and delete by row. */
export function MobileTableField({
  field,
  value,
  onChange,
  disabled,
  errors,
}: {
  field: TableField;
  value: Value | undefined;
  onChange: (rows: Row[]) => void;
  disabled: boolean;
  errors?: readonly ErrorDetail[];
}) {
  const rows = rowsOf(value);
  const tableError = errors?.find((e) => e.path === field.key)?.message;
  const setCell = (index: number, key: string, cell: Value) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: cell } : row)));
  const canAdd = !disabled && (field.maxRows === undefined || rows.length < field.maxRows);
  return (
    <Form.Item
      label={field.label}
      required={field.required === true && !disabled}
      className="yw-mf-table"
      description={tableError ? <span className="yw-mf-error">{tableError}</span> : field.help}
    >
      {rows.map((row, index) => (
        <div key={index} className="yw-mf-row" data-testid="mobile-form-row">
          <div className="yw-mf-row-head">
            <span>{m.row.replace('{n}', String(index + 1))}</span>
            {!disabled && (
              <button
                type="button"
                className="yw-mf-row-remove"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                <DeleteOutlined /> {m.removeRow}
              </button>
            )}
          </div>
          {field.columns.map((column) => {
            if (column.type === 'table' || column.type === 'section') return null;
            const path = `${field.key}[${index}].${column.key}`;
            const error = errors?.find((e) => e.path === path)?.message;
            return (
              <div key={column.key} className={`yw-mf-cell${error ? ' has-error' : ''}`}>
                <div className="yw-mf-cell-label">
                  {column.required && !disabled && <span className="yw-mf-star">*</span>}
                  {column.label}
                </div>
                <FieldControl
                  field={column}
                  value={row[column.key]}
                  onChange={(cell) => setCell(index, column.key, cell)}
                  disabled={disabled || column.type === 'formula'}
                />
                {error && <div className="yw-mf-error">{error}</div>}
              </div>
            );
          })}
        </div>
      ))}
      {canAdd && (
        <Button
          block
          fill="outline"
          size="small"
          className="yw-mf-add"
          onClick={() => onChange([...rows, {}])}
        >
          <PlusOutlined /> {m.addRow}
        </Button>
      )}
    </Form.Item>
  );
}
