import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formDesignerApi } from '../api/formDesigner.api.ts';
import type { ProcessDefinition } from '../api/types.ts';

export const formDesignerKeys = {
  definition: (key: string) => ['form-designer', 'definition', key] as const,
  process: (key: string) => ['form-designer', 'process', key] as const,
};

/** The process's current definition (the form is edited on a copy of it). */
export function useDefinition(key: string) {
  return useQuery({
    queryKey: formDesignerKeys.definition(key),
    queryFn: () => formDesignerApi.definition(key),
    staleTime: Infinity,
  });
}

export function useProcessSummary(key: string) {
  return useQuery({
    queryKey: formDesignerKeys.process(key),
    queryFn: () => formDesignerApi.process(key),
  });
}

/** Deploys the definition as the process's next version; new instances use it. */
export function usePublish(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: ProcessDefinition) => formDesignerApi.publish(definition),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: formDesignerKeys.process(key) });
      // The start page and catalogue read the current form.
      await client.invalidateQueries({ queryKey: ['workflow'] });
    },
  });
}
