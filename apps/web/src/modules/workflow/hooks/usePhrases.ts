import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { actionMessages as a } from '../actionMessages.ts';
import { phrasesApi, type Phrase } from '../api/phrases.api.ts';
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
  const phrases = (query.data?.items ?? []).map((p) => ({ ...p, text: phraseText(p) }));
  return { phrases, loading: query.isLoading, add, remove };
}

/** A phrase as shown: the system's built-in ones in the page's language, one's own as saved. */
export function phraseText(phrase: Pick<Phrase, 'text' | 'mine'>): string {
  return phrase.mine ? phrase.text : (a.builtInPhrases[phrase.text] ?? phrase.text);
}
