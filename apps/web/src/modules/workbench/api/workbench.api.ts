import { api } from '../../../app/api.ts';
import type {
  FavouriteProcess,
  RecentProcess,
  RoleLayouts,
  WidgetSlot,
  WorkbenchLayout,
} from './types.ts';

const key = (processKey: string) => encodeURIComponent(processKey);

/** Calls of the server's workbench module, one per endpoint. */
export const workbenchApi = {
  mine: () => api.get<WorkbenchLayout>('/workbench'),
  saveMine: (layout: WidgetSlot[]) => api.put<unknown>('/workbench/mine', { layout }),
  resetMine: () => api.delete('/workbench/mine'),
  roles: () => api.get<RoleLayouts>('/workbench/roles'),
  saveRole: (roleCode: string, layout: WidgetSlot[]) =>
    api.put<unknown>(`/workbench/roles/${encodeURIComponent(roleCode)}`, { layout }),
  resetRole: (roleCode: string) => api.delete(`/workbench/roles/${encodeURIComponent(roleCode)}`),
  favourites: () => api.get<{ items: FavouriteProcess[] }>('/workbench/favourites'),
  addFavourite: (processKey: string) =>
    api.put<unknown>(`/workbench/favourites/${key(processKey)}`, {}),
  removeFavourite: (processKey: string) => api.delete(`/workbench/favourites/${key(processKey)}`),
  recent: () => api.get<{ items: RecentProcess[] }>('/workbench/recent-processes'),
};
