import { isRecord, type FieldDefinition, type Value } from '@yuanwu/form-engine';
import { ReadOnlyValue } from '../../forms/index.ts';
import { printRows } from './printRows.ts';

// Each of the 4 spans is a label column and a value column: 8 columns in all.
const labelCell = (field: FieldDefinition) => (
  <th key={`${field.key}-label`} className="pf-label">
    {field.required && <span className="pf-required">*</span>}
    {field.label}
  </th>
);

function RowsTable({ field, value }: { field: FieldDefinition; value: Value | undefined }) {
  if (field.type !== 'table') return null;
  const rows = Array.isArray(value) ? value.filter(isRecord) : [];
  return (
    <table className="pf-subtable">
      <thead>
        <tr>
          <th className="pf-index">#</th>
          {field.columns.map((column) => (
            <th key={column.key}>{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={field.columns.length + 1} className="pf-empty">
              —
            </td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={index}>
              <td className="pf-index">{index + 1}</td>
              {field.columns.map((column) => (
                <td key={column.key}>
                  <ReadOnlyValue field={column} value={row[column.key]} />
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** The form's values as the paper form's bordered grid of label and value cells. */
export function PrintForm({
  fields,
  values,
}: {
  fields: readonly FieldDefinition[];
  values: Record<string, Value>;
}) {
  return (
    <table className="pf-grid">
      <colgroup>
        {Array.from({ length: 8 }, (_, index) => (
          <col key={index} className={index % 2 === 0 ? 'pf-col-label' : 'pf-col-value'} />
        ))}
      </colgroup>
      <tbody>
        {printRows(fields).map((row, index) => {
          if (row.kind === 'section') {
            return (
              <tr key={index}>
                <th colSpan={8} className="pf-section">
                  {row.field.label}
                </th>
              </tr>
            );
          }
          if (row.kind === 'table') {
            return (
              <tr key={index}>
                {labelCell(row.field)}
                <td colSpan={7} className="pf-table-cell">
                  <RowsTable field={row.field} value={values[row.field.key]} />
                </td>
              </tr>
            );
          }
          return (
            <tr key={index}>
              {row.cells.map(({ field, span }) => [
                labelCell(field),
                <td key={`${field.key}-v`} colSpan={span * 2 - 1} className="pf-value">
                  <ReadOnlyValue field={field} value={values[field.key]} />
                </td>,
              ])}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
