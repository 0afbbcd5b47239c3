import { api } from '../../../app/api.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import type {
  Category,
  Deployed,
  DesignProblem,
  ManagedProcess,
  ProcessDetail,
  ProcessRights,
  Simulation,
} from './types.ts';

const enc = encodeURIComponent;

/** 流程设计's calls: the processes I manage, definitions, check, simulate, rights, categories. */
export const designerApi = {
  processes: (q?: string) =>
    api.get<{ items: ManagedProcess[] }>('/workflow/design/processes', { q }),
  process: (key: string) => api.get<ProcessDetail>(`/workflow/processes/${enc(key)}`),
  definition: (key: string, version?: number) =>
    api.get<ProcessDefinition>(`/workflow/processes/${enc(key)}/definition`, { version }),
  deploy: (definition: ProcessDefinition | Record<string, unknown>, categoryId?: string) =>
    api.post<Deployed>(
      categoryId ? `/workflow/processes?categoryId=${enc(categoryId)}` : '/workflow/processes',
      definition,
    ),
  copy: (key: string, target: { key: string; name: string }) =>
    api.post<Deployed>(`/workflow/processes/${enc(key)}/copy`, target),
  categorise: (key: string, categoryId: string | null) =>
    api.put<void>(`/workflow/processes/${enc(key)}/category`, { categoryId }),
  check: (definition: ProcessDefinition) =>
    api.post<{ problems: DesignProblem[] }>('/workflow/processes/check', definition),
  simulate: (definition: ProcessDefinition, initiator: string, form: Record<string, unknown>) =>
    api.post<Simulation>('/workflow/processes/simulate', { definition, initiator, form }),
  rights: (key: string) => api.get<ProcessRights>(`/workflow/processes/${enc(key)}/rights`),
  setRights: (key: string, rights: ProcessRights) =>
    api.put<ProcessRights>(`/workflow/processes/${enc(key)}/rights`, rights),
  /** A key read from a name (its pinyin in camelCase), as the form designer names fields. */
  keySuggestion: (label: string) =>
    api.get<{ key: string }>('/workflow/forms/key-suggestion', { label }),
  categories: () => api.get<{ items: Category[] }>('/workflow/categories'),
  createCategory: (body: { name: string; colour: string }) =>
    api.post<Category>('/workflow/categories', body),
  updateCategory: (id: string, body: { name?: string; colour?: string }) =>
    api.patch<Category>(`/workflow/categories/${enc(id)}`, body),
  deleteCategory: (id: string) => api.delete(`/workflow/categories/${enc(id)}`),
};
