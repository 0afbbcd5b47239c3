import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { newRequestId, type ActionRequest, type DraftBody } from '../api/actions.ts';
import { workflowApi } from '../api/workflow.api.ts';
import { workflowKeys } from './queries.ts';

/** After any change to an instance: the instance, every list and the badges are stale. */
export async function invalidateAfterAction(client: QueryClient, id: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: workflowKeys.instance(id) }),
    client.invalidateQueries({ queryKey: workflowKeys.lists }),
    client.invalidateQueries({ queryKey: workflowKeys.counts }),
  ]);
}

/** One user click: the action and, when the caller keeps it for a retry, its request id. */
export type ActionVariables = ActionRequest & { requestId?: string };

/**
 * Acts on one instance. Each `mutate` call is one click with its own idempotency key
 * (unless the caller passes one to repeat a click). Errors stay with the caller to show.
 */
export function useAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, ...request }: ActionVariables) =>
      workflowApi.act(id, request, requestId ?? newRequestId()),
    onSettled: () => invalidateAfterAction(client, id),
  });
}

/** 保存草稿 (lead's `PUT /workflow/instances/:id/draft`). */
export function useSaveDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftBody) => workflowApi.saveDraft(id, body),
    onSuccess: () => invalidateAfterAction(client, id),
  });
}

/** Discards my draft (soft delete on the server). */
export function useDiscardDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => workflowApi.discardDraft(id),
    onSuccess: (_result, id) => invalidateAfterAction(client, id),
  });
}
