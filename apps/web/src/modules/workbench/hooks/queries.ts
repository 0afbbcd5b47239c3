import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workbenchApi } from '../api/workbench.api.ts';
import type { WidgetSlot } from '../api/types.ts';

/** Query keys of the workbench, so saving can refresh what it changed. */
export const workbenchKeys = {
  mine: ['workbench', 'mine'] as const,
  roles: ['workbench', 'roles'] as const,
  favourites: ['workbench', 'favourites'] as const,
  recent: ['workbench', 'recent'] as const,
};

export function useMyWorkbench() {
  return useQuery({ queryKey: workbenchKeys.mine, queryFn: workbenchApi.mine });
}

/** Saves my arrangement, or (null) goes back to my role's. */
export function useSaveMyLayout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (layout: WidgetSlot[] | null) =>
      layout ? workbenchApi.saveMine(layout) : workbenchApi.resetMine(),
    onSuccess: () => client.invalidateQueries({ queryKey: workbenchKeys.mine }),
  });
}

export function useRoleLayouts(enabled = true) {
  return useQuery({ queryKey: workbenchKeys.roles, queryFn: workbenchApi.roles, enabled });
}

/** Saves a role's layout, or (null) removes it so the role falls back to the default. */
export function useSaveRoleLayout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ roleCode, layout }: { roleCode: string; layout: WidgetSlot[] | null }) =>
      layout ? workbenchApi.saveRole(roleCode, layout) : workbenchApi.resetRole(roleCode),
    onSuccess: () => client.invalidateQueries({ queryKey: workbenchKeys.roles }),
  });
}

export function useFavourites() {
  return useQuery({ queryKey: workbenchKeys.favourites, queryFn: workbenchApi.favourites });
}

export function useRecentProcesses() {
  return useQuery({ queryKey: workbenchKeys.recent, queryFn: workbenchApi.recent });
}

/** Stars or unstars a process for quick start. */
export function useToggleFavourite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ processKey, on }: { processKey: string; on: boolean }) =>
      on ? workbenchApi.addFavourite(processKey) : workbenchApi.removeFavourite(processKey),
    onSuccess: () => client.invalidateQueries({ queryKey: workbenchKeys.favourites }),
  });
}
