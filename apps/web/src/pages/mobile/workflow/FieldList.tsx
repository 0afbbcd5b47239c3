import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import { List } from 'antd-mobile';
import { usePartyNames } from '../../../modules/forms/mobile/index.ts';
import { displayValue } from './fieldDisplay.ts';
import { mobileWorkflowMessages as m } from './messages.ts';

function rowsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];
}

/** A table (明细表) on a phone: each row a small card of label–value lines. */
function TableRows({
  field,
  value,
}: {
  field: FieldDefinition & { type: 'table' };
  value: unknown;
}) {
  const rows = rowsOf(value);
  return (
    <div className="yw-mw-table">
      <div className="yw-mw-table-label">{field.label}</div>
      {rows.length === 0 && <div className="yw-mw-table-empty">{m.noValue}</div>}
      {rows.map((row, index) => (
        <div key={index} className="yw-mw-row-card">
          <div className="yw-mw-row-title">{m.row(index + 1)}</div>
          {field.columns.map((column) => (
            <div key={column.key} className="yw-mw-row-line">
              <span>{column.label}</span>
              <span>{displayValue(column, row[column.key])}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** The form's values read-only: one list line per field, sections as headings. */
function personIdsOf(fields: FieldDefinition[], form: Record<string, Value>): string[] {
  return fields
    .filter((field) => field.type === 'person')
    .flatMap((field) => {
      const value = form[field.key];
      return Array.isArray(value) ? value : [value];
    })
    .filter((id): id is string => typeof id === 'string' && id !== '');
}

export function FieldList({
  fields,
  form,
  known,
}: {
  fields: FieldDefinition[];
  form: Record<string, Value>;
  /** Names the instance already carries (initiator, handlers), for person fields. */
  known?: ReadonlyMap<string, string>;
}) {
  const names = usePartyNames(personIdsOf(fields, form), known);
  return (
    <List mode="card" header={m.sections.fields} className="yw-m-list yw-mw-fields">
      {fields.map((field) => {
        if (field.type === 'section') {
          return (
            <List.Item key={field.key} className="yw-mw-section-item">
              {field.label}
            </List.Item>
          );
        }
        if (field.type === 'table') {
          return (
            <List.Item key={field.key}>
              <TableRows field={field} value={form[field.key]} />
            </List.Item>
          );
        }
        const long = field.type === 'textarea';
        const text = displayValue(field, form[field.key], names);
        return long ? (
          <List.Item key={field.key} description={<span className="yw-mw-long">{text}</span>}>
            <span className="yw-mw-label">{field.label}</span>
          </List.Item>
        ) : (
          <List.Item key={field.key} extra={<span className="yw-mw-value">{text}</span>}>
            <span className="yw-mw-label">{field.label}</span>
          </List.Item>
        );
      })}
    </List>
  );
}
