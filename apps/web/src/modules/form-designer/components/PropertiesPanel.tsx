import type { FieldDefinition } from '@yuanwu/form-engine';
import { Empty, Form, Input, Segmented, Switch } from 'antd';
import { useState } from 'react';
import { formDesignerMessages as m } from '../messages.ts';
import { keyProblem } from '../model/keys.ts';
import { spanOf } from '../model/palette.ts';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { DefaultEditor } from './DefaultEditor.tsx';
import { LookupEditor } from './LookupEditor.tsx';
import { TypeProps } from './TypeProps.tsx';

interface Props {
  field: FieldDefinition | undefined;
  /** Siblings (the form's fields, or a table's columns) for keys and expressions. */
  siblings: readonly FieldDefinition[];
  /** The form's fields, which a row's formulas may read too. */
  outer?: readonly FieldDefinition[];
  onChange: (field: FieldDefinition) => void;
  /** The label changed: the screen may rename an automatic key after its pinyin. */
  onLabelChange?: (field: FieldDefinition, label: string) => void;
}

/** 字段属性: everything one field can be told, from its label to its formula. */
export function PropertiesPanel({ field, siblings, outer = [], onChange, onLabelChange }: Props) {
  const [column, setColumn] = useState<string | null>(null);
  if (!field) return <Empty className="fd-props-empty" description={m.noSelection} />;
  const p = m.props;
  const others = siblings.filter((f) => f !== field).map((f) => f.key);
  const keyMessage = keyProblem(field.key, others, m.props);
  const isSection = field.type === 'section';
  const scope = [...outer, ...siblings];
  const table = field.type === 'table' ? field : null;
  // Ids tie labels to inputs (tests and screen readers); a table column's panel has its own.
  const id = (name: string) => `${outer.length === 0 ? 'fd' : 'fd-col'}-${name}`;
  const editingColumn = table?.columns.find((c) => c.key === column);
  return (
    <Form layout="vertical" size="middle" className="fd-props" component="div">
      <Form.Item label={p.label} htmlFor={id('label')}>
        <Input
          id={id('label')}
          value={field.label}
          onChange={(e) =>
            onLabelChange
              ? onLabelChange(field, e.target.value)
              : onChange({ ...field, label: e.target.value })
          }
        />
      </Form.Item>
      <Form.Item
        label={p.key}
        htmlFor={id('key')}
        validateStatus={keyMessage ? 'error' : undefined}
        help={keyMessage ?? p.keyHelp}
      >
        <Input
          id={id('key')}
          className="fd-code"
          value={field.key}
          onChange={(e) => onChange({ ...field, key: e.target.value.trim() })}
        />
      </Form.Item>
      {outer.length === 0 && (
        <Form.Item label={m.span}>
          <Segmented
            block
            options={m.spanOptions.map((label, index) => ({ label, value: index + 1 }))}
            value={spanOf(field)}
            onChange={(span) => onChange({ ...field, span })}
          />
        </Form.Item>
      )}
      {!isSection && field.type !== 'formula' && (
        <Form.Item label={p.required} htmlFor={id('required')}>
          <Switch
            id={id('required')}
            checked={field.required === true}
            onChange={(on) => onChange({ ...field, required: on || undefined })}
          />
        </Form.Item>
      )}
      {!isSection && field.type !== 'table' && (
        <Form.Item label={p.placeholder}>
          <Input
            value={field.placeholder}
            onChange={(e) => onChange({ ...field, placeholder: e.target.value || undefined })}
          />
        </Form.Item>
      )}
      <Form.Item label={p.help} htmlFor={id('help')}>
        <Input.TextArea
          id={id('help')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={field.help}
          onChange={(e) => onChange({ ...field, help: e.target.value || undefined })}
        />
      </Form.Item>
      <TypeProps field={field} scope={scope} onChange={onChange} />
      {table && (
        <Form.Item label={p.columns}>
          <ColumnsEditor
            columns={table.columns}
            editing={column}
            onEdit={setColumn}
            onChange={(columns) => onChange({ ...table, columns })}
          />
        </Form.Item>
      )}
      {table && editingColumn && (
        <div className="fd-column-props">
          <PropertiesPanel
            field={editingColumn}
            siblings={table.columns}
            outer={siblings.filter((f) => f !== field)}
            onChange={(next) => {
              onChange({
                ...table,
                columns: table.columns.map((c) => (c === editingColumn ? next : c)),
              });
              setColumn(next.key);
            }}
          />
        </div>
      )}
      {!isSection && field.type !== 'formula' && field.type !== 'table' && (
        <Form.Item label={p.defaultKind}>
          <DefaultEditor
            field={field}
            fields={scope}
            onChange={(value) => onChange({ ...field, default: value })}
          />
        </Form.Item>
      )}
      {field.type === 'text' && (
        <Form.Item label={p.lookup}>
          <LookupEditor
            field={field}
            fields={scope}
            onChange={(lookup) => onChange({ ...field, lookup })}
          />
        </Form.Item>
      )}
    </Form>
  );
}
