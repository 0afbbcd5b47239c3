import { api } from '../../../app/api.ts';
import type { Deployed, LayoutProposal, ProcessDefinition, ProcessSummary } from './types.ts';

const enc = encodeURIComponent;

/** The form designer's calls: read the current definition, publish a version, Excel import. */
export const formDesignerApi = {
  process: (key: string) => api.get<ProcessSummary>(`/workflow/processes/${enc(key)}`),
  definition: (key: string) =>
    api.get<ProcessDefinition>(`/workflow/processes/${enc(key)}/definition`),
  /** The same key deploys a new version; running instances keep theirs. */
  publish: (definition: ProcessDefinition, categoryId?: string) =>
    api.post<Deployed>(
      categoryId
        ? `/workflow/processes/import?categoryId=${enc(categoryId)}`
        : '/workflow/processes/import',
      definition,
    ),
  importExcel: (file: File) => api.upload<LayoutProposal>('/workflow/forms/import-excel', file),
  keySuggestion: (label: string, taken: readonly string[]) =>
    api.get<{ key: string }>('/workflow/forms/key-suggestion', { label, taken: taken.join(',') }),
};
