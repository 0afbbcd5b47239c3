import { api } from '../../../app/api.ts';
import { newRequestId, type ActionRequest, type DraftBody } from './actions.ts';
import type {
  ActionResponse,
  InstanceView,
  ListItem,
  ListQuery,
  ListSource,
  Paged,
  ProcessSummary,
  WorkflowCounts,
} from './types.ts';

const instancePath = (id: string) => `/workflow/instances/${encodeURIComponent(id)}`;

/** Calls of the workflow server module used by the task screens, one per endpoint. */
export const workflowApi = {
  instance: (id: string) => api.get<InstanceView>(instancePath(id)),

  /**
   * Any action on an instance. The request id travels in the body (the server accepts it
   * as an alternative to the Idempotency-Key header), so a resent click acts once.
   */
  act: (id: string, request: ActionRequest, requestId: string = newRequestId()) =>
    api.post<ActionResponse>(`${instancePath(id)}/${request.action}`, {
      ...request.body,
      requestId,
    }),

  saveDraft: (id: string, body: DraftBody, requestId: string = newRequestId()) =>
    api.put<ActionResponse>(`${instancePath(id)}/draft`, { ...body, requestId }),

  discardDraft: (id: string) => api.delete(instancePath(id)),

  list: (kind: ListSource, query: ListQuery = {}) =>
    api.get<Paged<ListItem>>(`/workflow/${kind}`, { ...query }),

  counts: () => api.get<WorkflowCounts>('/workflow/counts'),

  processes: (q?: string) => api.get<{ items: ProcessSummary[] }>('/workflow/processes', { q }),
};
