import type { Phrase } from '@yuanwu/contracts';
import { api } from '../../../app/api.ts';

export type { Phrase };

/** The phrase calls of workbench-server (`/workbench/phrases`). */
export const phrasesApi = {
  list: () => api.get<{ items: Phrase[] }>('/workbench/phrases'),
  add: (text: string) => api.post<{ phrase: Phrase }>('/workbench/phrases', { text }),
  remove: (id: string) => api.delete(`/workbench/phrases/${encodeURIComponent(id)}`),
};
