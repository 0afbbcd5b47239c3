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
export { phraseText, usePhrases } from './hooks/usePhrases.ts';
export { useActionRunner } from './hooks/useActionRunner.ts';
export { workflowMessages, listMessages } from './messages.ts';
export { FlowChart } from './components/FlowChart.tsx';
export { layoutGraph } from './components/flowLayout.ts';
export { HistoryTimeline } from './components/HistoryTimeline.tsx';
export { StatusTag } from './components/StatusTag.tsx';
export { FormValuesView } from './components/FormValuesView.tsx';
export { InstanceScreen } from './components/InstanceScreen.tsx';
export { ListScreen, itemLink } from './components/ListScreen.tsx';
export { listKinds } from './components/ListTabs.tsx';
export { isOverdue } from './components/listColumns.tsx';
