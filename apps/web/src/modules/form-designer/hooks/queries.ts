import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../app/api.ts';
import { formDesignerApi } from '../api/formDesigner.api.ts';
import type { ProcessDefinition } from '../api/types.ts';

export const formDesignerKeys = {
  definition: (key: string) => ['form-designer', 'definition', key] as const,
  process: (key: string) => ['form-designer', 'process', key] as const,
};

/**
 * The process's current definition (the form is edited on a copy of it); null when the
 * process is new and has no version yet.
 */
export function useDefinition(key: string) {
  return useQuery({
    queryKey: formDesignerKeys.definition(key),
    queryFn: async () => {
      try {
        return await formDesignerApi.definition(key);
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
    // Read afresh whenever the designer opens (the process designer may have published a
    // version since: publishing a stale copy would undo it), never replaced while editing.
    staleTime: Infinity,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

/** The process's current version; `null` while it has none (a new process). */
export function useProcessSummary(key: string | null) {
  return useQuery({
    queryKey: formDesignerKeys.process(key ?? ''),
    queryFn: () => formDesignerApi.process(key ?? ''),
    enabled: key !== null,
  });
}

/** Deploys the definition as the process's next version; new instances use it. */
export function usePublish(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      definition,
      categoryId,
    }: {
      definition: ProcessDefinition;
      /** For a new process's first version: the category chosen when it was created. */
      categoryId?: string | undefined;
    }) => formDesignerApi.publish(definition, categoryId),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: formDesignerKeys.definition(key) });
      await client.invalidateQueries({ queryKey: formDesignerKeys.process(key) });
      // The start page and catalogue read the current form.
      await client.invalidateQueries({ queryKey: ['workflow'] });
    },
  });
}
