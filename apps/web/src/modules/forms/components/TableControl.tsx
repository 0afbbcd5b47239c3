import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isRecord, type FieldDefinition, type TableField, type Value } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Button, Table, Tooltip, Typography } from 'antd';
import { useContext } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { formatMoney, formatNumber } from '../format.ts';
import { formsMessages as m } from '../messages.ts';
import { MoneyFormulas } from '../moneyFormulas.ts';
import { messagesAt } from '../paths.ts';
import { ReadOnlyValue } from './ReadOnlyValue.tsx';
import { ScalarControl } from './ScalarControl.tsx';

type Row = Record<string, Value>;

interface Props {
  field: TableField;
  value: Value | undefined;
  onChange?: (value: Value) => void;
  errors: readonly ErrorDetail[];
}

function rowsOf(value: Value | undefined): Row[] {
  return Array.isArray(value) ? value.map((row) => (isRecord(row) ? row : {})) : [];
}

function columnTotal(rows: Row[], column: FieldDefinition, money: boolean): string | null {
  const numeric = column.type === 'money' || column.type === 'number' || column.type === 'formula';
  if (!numeric) return null;
  const cents = rows.reduce((sum, row) => {
    const cell = row[column.key];
    return typeof cell === 'number' ? sum + Math.round(cell * 100) : sum;
  }, 0);
  return column.type === 'money' || money ? formatMoney(cents / 100) : formatNumber(cents / 100);
}

/** 明细表: one row per item, a control per column, messages under the cell they belong to. */
export function TableControl({ field, value, onChange, errors }: Props) {
  const rows = rowsOf(value);
  const moneyKeys = useContext(MoneyFormulas);
  const isMoney = (column: FieldDefinition) => moneyKeys.has(`${field.key}.${column.key}`);
  const editing = onChange !== undefined;
  const setRows = (next: Row[]) => onChange?.(next);
  const patchRow = (index: number, patch: Row) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const full = field.maxRows !== undefined && rows.length >= field.maxRows;

  const columns: ColumnsType<Row> = [
    { title: m.rowNo, key: '#', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    ...field.columns.map((column) => ({
      key: column.key,
      title: (
        <span className={column.required && editing ? 'yw-form-required' : undefined}>
          {column.label}
        </span>
      ),
      render: (_: unknown, row: Row, index: number) => {
        const path = `${field.key}[${index}].${column.key}`;
        const messages = messagesAt(errors, path);
        if (!editing || column.type === 'formula' || column.type === 'section') {
          return <ReadOnlyValue field={column} value={row[column.key]} money={isMoney(column)} />;
        }
        return (
          <div>
            <ScalarControl
              id={path}
              field={column}
              value={row[column.key]}
              invalid={messages.length > 0}
              onChange={(cell) => patchRow(index, { [column.key]: cell })}
              onPatch={(patch) => patchRow(index, patch)}
            />
            {messages.map((message) => (
              <div key={message} className="yw-form-cell-error">
                {message}
              </div>
            ))}
          </div>
        );
      },
    })),
    ...(editing
      ? [
          {
            key: 'remove',
            width: 56,
            render: (_: unknown, __: Row, index: number) => (
              <Tooltip title={m.removeRow}>
                <Button
                  type="text"
                  danger
                  aria-label={m.removeRow}
                  icon={<DeleteOutlined />}
                  onClick={() => setRows(rows.filter((_row, i) => i !== index))}
                />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  const totals = field.columns.map((column) => columnTotal(rows, column, isMoney(column)));
  const hint = m.rowsHint(field.minRows, field.maxRows);

  return (
    <div className="yw-form-table">
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey={(_, index) => String(index)}
        dataSource={rows}
        columns={columns}
        locale={{ emptyText: editing ? m.noRows : m.empty }}
        scroll={{ x: 'max-content' }}
        summary={() =>
          rows.length > 0 && totals.some((total) => total !== null) ? (
            <Table.Summary.Row className="yw-form-table-total">
              <Table.Summary.Cell index={0} align="center">
                {m.total}
              </Table.Summary.Cell>
              {totals.map((total, i) => (
                <Table.Summary.Cell key={field.columns[i]?.key ?? i} index={i + 1}>
                  {total}
                </Table.Summary.Cell>
              ))}
              {editing && <Table.Summary.Cell index={totals.length + 1} />}
            </Table.Summary.Row>
          ) : null
        }
      />
      {editing && (
        <div className="yw-form-table-foot">
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={full}
            onClick={() => setRows([...rows, {}])}
          >
            {m.addRow}
          </Button>
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </div>
      )}
    </div>
  );
}
