import { api } from '../../../app/api.ts';

/** An uploaded file as `POST /files` and `GET /files/:id/meta` describe it. */
export interface FileMeta {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** One budget line of the `budget` data source (lookup fields). */
export interface BudgetLine {
  code: string;
  name: string;
  department: string | null;
  year: number;
  total: number;
  used: number;
  remaining: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const filePath = (id: string) => `/files/${encodeURIComponent(id)}`;

/** Calls the form controls make: files for attachments, data sources for lookups. */
export const formsApi = {
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.postForm<FileMeta>('/files', form);
  },
  fileMeta: (id: string) => api.get<FileMeta>(`${filePath(id)}/meta`),
  /** A plain link (cookies travel with it), so the browser downloads it itself. */
  downloadUrl: (id: string) => `/api/v1${filePath(id)}`,
  budget: (q: string) =>
    api.get<Paged<BudgetLine>>('/data-sources/budget', { q, page: 1, pageSize: 20 }),
  budgetLine: (code: string) =>
    api.get<BudgetLine>(`/data-sources/budget/${encodeURIComponent(code)}`),
};
