import { useQuery } from '@tanstack/react-query';
import { designerApi } from '../api/designer.api.ts';

export const designerKeys = {
  all: ['process-designer'] as const,
  processes: (q: string) => ['process-designer', 'processes', q] as const,
  process: (key: string) => ['process-designer', 'process', key] as const,
  definition: (key: string) => ['process-designer', 'definition', key] as const,
  categories: ['process-designer', 'categories'] as const,
};

export function useManagedProcesses(q: string) {
  return useQuery({
    queryKey: designerKeys.processes(q),
    queryFn: async () => (await designerApi.processes(q || undefined)).items,
  });
}

export function useProcessDetail(key: string | null) {
  return useQuery({
    queryKey: designerKeys.process(key ?? ''),
    queryFn: () => designerApi.process(key ?? ''),
    enabled: key !== null,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: designerKeys.categories,
    queryFn: async () => (await designerApi.categories()).items,
    staleTime: 60_000,
  });
}
