import { api } from '../../../app/api.ts';

/** 常用意见: shared phrases and the reader's own (`mine` ones can be removed). */
export interface Phrase {
  id: string;
  text: string;
  mine: boolean;
}

/** The phrase calls of workbench-server (`/workbench/phrases`). */
export const phrasesApi = {
  list: () => api.get<{ items: Phrase[] }>('/workbench/phrases'),
  add: (text: string) => api.post<Phrase>('/workbench/phrases', { text }),
  remove: (id: string) => api.delete(`/workbench/phrases/${encodeURIComponent(id)}`),
};
