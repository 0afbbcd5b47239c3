import { useMutation, useQueryClient } from '@tanstack/react-query';
import { designerApi } from '../api/designer.api.ts';
import type { DesignProblem } from '../api/types.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import { designerKeys } from './queries.ts';

/** Check, then deploy when nothing blocks: answers the problems or the new version. */
export function usePublish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      definition,
      categoryId,
    }: {
      definition: ProcessDefinition;
      /** For a process's first version: the category chosen when it was created. */
      categoryId?: string | undefined;
    }): Promise<{ problems: DesignProblem[]; version: number | null }> => {
      const { problems } = await designerApi.check(definition);
      if (problems.some((problem) => problem.severity === 'error')) {
        return { problems, version: null };
      }
      const deployed = await designerApi.deploy(definition, categoryId);
      return { problems, version: deployed.process.version };
    },
    onSuccess: async (result) => {
      if (result.version !== null) await client.invalidateQueries({ queryKey: designerKeys.all });
    },
  });
}

export function useCheck() {
  return useMutation({
    mutationFn: async (definition: ProcessDefinition) =>
      (await designerApi.check(definition)).problems,
  });
}
