import type { FieldDefinition, FormSchema, Value } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Form } from 'antd';
import { useMemo } from 'react';
import '../forms.css';
import { moneyFormulaKeys, MoneyFormulas } from '../moneyFormulas.ts';
import { FieldItem } from './FieldItem.tsx';

export interface FormRendererProps {
  schema: FormSchema;
  values: Record<string, Value>;
  /** Absent: the whole form is read-only. */
  onChange?: (values: Record<string, Value>) => void;
  /** Which fields may be edited (default all); the rest read as text. */
  editable?: 'all' | readonly string[];
  /** Messages by path (`amount`, `items`, `items[1].amount`), client's or server's. */
  errors?: readonly ErrorDetail[];
}

function canEdit(field: FieldDefinition, editable: 'all' | readonly string[]): boolean {
  if (field.type === 'formula' || field.type === 'section') return false;
  return editable === 'all' || editable.includes(field.key);
}

/**
 * Renders a form of @yuanwu/form-engine on the 4-column grid (each field's `span`), with
 * section headings, help texts and messages under the fields. Desktop (antd) only.
 */
export function FormRenderer({
  schema,
  values,
  onChange,
  editable = 'all',
  errors = [],
}: FormRendererProps) {
  const money = useMemo(() => moneyFormulaKeys(schema), [schema]);
  return (
    <MoneyFormulas.Provider value={money}>
      <Form layout="vertical" component="div" className="yw-form" colon={false}>
        <div className="yw-form-grid">
          {schema.fields.map((field) =>
            field.type === 'section' ? (
              <div key={field.key} className="yw-form-section" style={{ gridColumn: 'span 4' }}>
                <span className="yw-form-section-title">{field.label}</span>
                {field.help && <span className="yw-form-section-help">{field.help}</span>}
              </div>
            ) : (
              <FieldItem
                key={field.key}
                field={field}
                value={values[field.key]}
                errors={errors}
                onChange={
                  onChange && canEdit(field, editable)
                    ? (value) => onChange({ ...values, [field.key]: value })
                    : undefined
                }
                onPatch={
                  onChange && canEdit(field, editable)
                    ? (patch) => onChange({ ...values, ...patch })
                    : undefined
                }
              />
            ),
          )}
        </div>
      </Form>
    </MoneyFormulas.Provider>
  );
}
