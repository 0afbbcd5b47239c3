import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import type { FieldDefinition } from '@yuanwu/form-engine';
import { Button, Input, Select, Space } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';
import { uniqueKey } from '../model/keys.ts';
import { newField, type PaletteType } from '../model/palette.ts';

// A row's cells: no nested tables and no headings inside a 明细表.
const columnTypes: PaletteType[] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'datetime',
  'select',
  'multiselect',
  'person',
  'department',
  'formula',
];

interface Props {
  columns: FieldDefinition[];
  onChange: (columns: FieldDefinition[]) => void;
  /** Picks a column to edit in full (options, formula, bounds). */
  onEdit: (key: string) => void;
  editing: string | null;
}

/** 明细表的列: label, key and type of each column, in order. */
export function ColumnsEditor({ columns, onChange, onEdit, editing }: Props) {
  const set = (index: number, column: FieldDefinition) =>
    onChange(columns.map((c, i) => (i === index ? column : c)));
  const move = (index: number, by: number) => {
    const next = [...columns];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  const taken = columns.map((c) => c.key);
  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      {columns.map((column, index) => (
        <div
          key={index}
          className={`fd-column${editing === column.key ? ' is-editing' : ''}`}
          onClick={() => onEdit(column.key)}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={column.label}
              onChange={(event) => set(index, { ...column, label: event.target.value })}
            />
            <Select
              style={{ width: 104 }}
              value={column.type}
              options={columnTypes.map((type) => ({ value: type, label: m.types[type] }))}
              onChange={(type: PaletteType) => set(index, newField(type, column.key, column.label))}
            />
          </Space.Compact>
          <div className="fd-column-tools">
            <code>{column.key}</code>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={index === columns.length - 1}
              onClick={() => move(index, 1)}
            />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={() => onChange(columns.filter((_, i) => i !== index))}
            />
          </div>
        </div>
      ))}
      <Button
        type="dashed"
        block
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([
            ...columns,
            newField('text', uniqueKey('col', taken), m.starters.column(columns.length + 1)),
          ])
        }
      >
        {m.props.columnAdd}
      </Button>
    </Space>
  );
}
