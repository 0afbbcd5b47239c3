import type { FavouriteProcess, RecentProcess } from '@yuanwu/contracts';
import { api } from '../../../app/api.ts';

export type { FavouriteProcess, RecentProcess };

const path = (processKey: string) => `/workbench/favourites/${encodeURIComponent(processKey)}`;

/**
 * The workbench's favourites and recent processes. A server without these routes (or a
 * failing one) gives empty lists: the catalogue still works without its top rows.
 */
export const catalogueApi = {
  favourites: () =>
    api
      .get<{ items: FavouriteProcess[] }>('/workbench/favourites')
      .then((body) => body.items)
      .catch((): FavouriteProcess[] => []),
  recent: () =>
    api
      .get<{ items: RecentProcess[] }>('/workbench/recent-processes')
      .then((body) => body.items)
      .catch((): RecentProcess[] => []),
  star: (processKey: string) => api.put<unknown>(path(processKey), {}),
  unstar: (processKey: string) => api.delete(path(processKey)),
};
