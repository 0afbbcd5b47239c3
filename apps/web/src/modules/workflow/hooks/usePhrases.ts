import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { phrasesApi } from '../api/phrases.api.ts';
import { workflowKeys } from './queries.ts';

/** 常用意见 of the signed-in person, with add and remove of their own. */
export function usePhrases() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: workflowKeys.phrases,
    queryFn: phrasesApi.list,
    staleTime: 300_000,
    retry: false,
  });
  const refresh = () => client.invalidateQueries({ queryKey: workflowKeys.phrases });
  const add = useMutation({ mutationFn: phrasesApi.add, onSuccess: refresh });
  const remove = useMutation({ mutationFn: phrasesApi.remove, onSuccess: refresh });
  return { phrases: query.data?.items ?? [], loading: query.isLoading, add, remove };
}
