import type { FieldDefinition, FormSchema, Value } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Form } from 'antd-mobile';
import { FieldControl } from './FieldControl.tsx';
import './mobileForm.css';
import { MobileTableField } from './MobileTableField.tsx';

/** Same props as the desktop `FormRenderer`, drawn with antd-mobile controls for touch. */
export interface MobileFormRendererProps {
  schema: FormSchema;
  values: Record<string, Value>;
  /** Absent = read-only. */
  onChange?: (values: Record<string, Value>) => void;
  editable?: 'all' | readonly string[];
  /** Server or client details, paths like `items[1].amount`. */
  errors?: ErrorDetail[];
}

/** The message of one path, if any. */
export function errorAt(errors: readonly ErrorDetail[] | undefined, path: string): string | null {
  return errors?.find((error) => error.path === path)?.message ?? null;
}

function canEdit(field: FieldDefinition, props: MobileFormRendererProps): boolean {
  if (!props.onChange || field.type === 'formula') return false;
  const editable = props.editable ?? 'all';
  return editable === 'all' || editable.includes(field.key);
}

/** The whole form as one card of rows; sections become headings, tables cards of rows. */
export function MobileFormRenderer(props: MobileFormRendererProps) {
  const { schema, values, onChange, errors } = props;
  const set = (key: string, value: Value) => onChange?.({ ...values, [key]: value });
  return (
    <Form layout="vertical" mode="card" className="yw-mf-form" data-testid="mobile-form">
      {schema.fields.map((field) => {
        if (field.type === 'section') {
          return (
            <Form.Header key={field.key}>
              <span className="yw-mf-section">{field.label}</span>
            </Form.Header>
          );
        }
        const enabled = canEdit(field, props);
        const error = errorAt(errors, field.key);
        if (field.type === 'table') {
          return (
            <MobileTableField
              key={field.key}
              field={field}
              value={values[field.key]}
              onChange={(rows) => set(field.key, rows)}
              disabled={!enabled}
              errors={errors}
            />
          );
        }
        return (
          <Form.Item
            key={field.key}
            label={field.label}
            required={field.required === true && enabled}
            description={error ? <span className="yw-mf-error">{error}</span> : field.help}
            className={error ? 'yw-mf-item has-error' : 'yw-mf-item'}
            data-field={field.key}
          >
            <FieldControl
              field={field}
              value={values[field.key]}
              onChange={(value) => set(field.key, value)}
              disabled={!enabled}
            />
          </Form.Item>
        );
      })}
    </Form>
  );
}
