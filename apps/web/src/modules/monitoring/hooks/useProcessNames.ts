import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../app/api.ts';
import { useCan } from '../../auth/index.ts';
import { useProcessOptions } from '../../workflow/index.ts';

interface Named {
  key: string;
  name: string;
}

/**
 * Process names for filters and charts. Summary and statistics answer keys only, and an
 * administrator may start no process, so the design list (when permitted) fills the gaps.
 */
export function useProcessNames(): {
  names: Map<string, string>;
  options: { value: string; label: string }[];
} {
  const can = useCan();
  const startable = useProcessOptions();
  const designable = useQuery({
    queryKey: ['monitoring', 'process-names'],
    queryFn: () => api.get<{ items: Named[] }>('/workflow/design/processes'),
    enabled: can('workflow.design'),
    staleTime: 300_000,
  });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const p of [...(designable.data?.items ?? []), ...(startable.data?.items ?? [])]) {
      names.set(p.key, p.name);
    }
    return { names, options: [...names].map(([value, label]) => ({ value, label })) };
  }, [designable.data, startable.data]);
}
