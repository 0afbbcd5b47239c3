import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workflowApi } from '../../workflow/index.ts';
import { catalogueApi, type FavouriteProcess, type RecentProcess } from '../api/catalogue.api.ts';
import { startApi } from '../api/start.api.ts';

// The workbench's widgets read the same lists under these keys: one cache, one truth.
export const catalogueKeys = {
  favourites: ['workbench', 'favourites'] as const,
  recent: ['workbench', 'recent'] as const,
  processes: (q: string) => ['catalogue', 'processes', q] as const,
  form: (processKey: string) => ['catalogue', 'form', processKey] as const,
};

/** The start form of a process's current version (the desktop start page and the phone's). */
export function useProcessForm(processKey: string) {
  return useQuery({
    queryKey: catalogueKeys.form(processKey),
    queryFn: () => startApi.processForm(processKey),
  });
}

/** Processes I may start, searched on the server (name, 全拼, 首字母). */
export function useCatalogue(q: string) {
  return useQuery({
    queryKey: catalogueKeys.processes(q),
    queryFn: async () => (await workflowApi.processes(q || undefined)).items,
    placeholderData: keepPreviousData,
  });
}

export function useFavourites() {
  return useQuery({
    queryKey: catalogueKeys.favourites,
    queryFn: async () => ({ items: await catalogueApi.favourites() }),
    select: (body: { items: FavouriteProcess[] }) => body.items,
  });
}

export function useRecentProcesses() {
  return useQuery({
    queryKey: catalogueKeys.recent,
    queryFn: async () => ({ items: await catalogueApi.recent() }),
    select: (body: { items: RecentProcess[] }) => body.items,
  });
}

/** Stars or unstars a process; the lists refetch afterwards. */
export function useStar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ processKey, on }: { processKey: string; on: boolean }) =>
      on ? catalogueApi.star(processKey) : catalogueApi.unstar(processKey),
    onSettled: () => client.invalidateQueries({ queryKey: catalogueKeys.favourites }),
  });
}
