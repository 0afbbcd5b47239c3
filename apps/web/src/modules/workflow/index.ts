// The task feature's public surface: workflow API client, hooks and shared components.
export * from './api/types.ts';
export type { ActionBodies, ActionName, ActionRequest, DraftBody } from './api/actions.ts';
export { newRequestId } from './api/actions.ts';
export { workflowApi } from './api/workflow.api.ts';
export { phrasesApi, type Phrase } from './api/phrases.api.ts';
export {
  workflowKeys,
  useCounts,
  useInstance,
  useList,
  useProcessOptions,
} from './hooks/queries.ts';
export {
  invalidateAfterAction,
  useAction,
  useDiscardDraft,
  useSaveDraft,
  type ActionVariables,
} from './hooks/useAction.ts';
export { usePhrases } from './hooks/usePhrases.ts';
