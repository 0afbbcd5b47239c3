import type { FormInstance } from 'antd';
import { isApiError } from '../../app/api.ts';

/**
 * Puts the server's `validation` details on the form fields they name; returns true when
 * at least one landed (otherwise the caller shows the message on its own).
 */
export function showFieldErrors<T>(form: FormInstance<T>, error: unknown): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const onFields = error.details.filter((detail) => known.has(detail.path));
  form.setFields(
    onFields.map((detail) => ({
      name: detail.path as Parameters<FormInstance<T>['setFields']>[0][number]['name'],
      errors: [detail.message],
    })),
  );
  return onFields.length > 0;
}
