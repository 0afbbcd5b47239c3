import type { ErrorDetail } from '@yuanwu/kernel';
import type { Value } from '@yuanwu/form-engine';
import { FormRenderer } from '../../forms/index.ts';
import type { InstanceView } from '../api/types.ts';

/**
 * The form of the instance for this reader: hidden fields are already absent, and only
 * what this step may change (`editable`) is editable; the rest reads as text.
 */
export function InstanceForm({
  view,
  values,
  editable,
  onChange,
  errors,
}: {
  view: InstanceView;
  values: Record<string, Value>;
  editable: readonly string[] | 'all';
  onChange: (values: Record<string, Value>) => void;
  errors: ErrorDetail[];
}) {
  const canEdit = editable === 'all' || editable.length > 0;
  return (
    <FormRenderer
      schema={{ fields: view.fields }}
      values={values}
      onChange={canEdit ? onChange : undefined}
      editable={editable}
      errors={errors}
    />
  );
}
