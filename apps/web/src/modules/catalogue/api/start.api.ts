import type { Value } from '@yuanwu/form-engine';
import { api } from '../../../app/api.ts';
import { newRequestId, type ActionResponse, type ProcessForm } from '../../workflow/index.ts';

export type { ProcessForm };

export interface StartBody {
  processKey: string;
  form: Record<string, Value>;
  draft?: boolean;
  title?: string;
}

/** Starting an instance or its first draft; the rest goes through the workflow module. */
export const startApi = {
  processForm: (key: string) =>
    api.get<ProcessForm>(`/workflow/processes/${encodeURIComponent(key)}/form`),
  start: (body: StartBody, requestId: string = newRequestId()) =>
    api.post<ActionResponse>('/workflow/instances', { ...body, requestId }),
};
