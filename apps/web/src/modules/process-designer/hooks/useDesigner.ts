import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { designerApi } from '../api/designer.api.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import { blankProcess } from '../model/factory.ts';
import { fromGraph } from '../model/fromGraph.ts';
import type { Block, NestedProcess } from '../model/nested.ts';
import { toGraph } from '../model/toGraph.ts';
import { designerKeys } from './queries.ts';

/**
 * The process being designed: the nested model when the definition can be shown that way,
 * otherwise the graph itself (read-only). A key that does not exist yet starts blank.
 */
export function useDesigner(key: string, newName: string | null) {
  const loaded = useQuery({
    queryKey: designerKeys.definition(key),
    queryFn: async () => {
      try {
        return await designerApi.definition(key);
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
    // The designer edits its own copy: a refetch must never replace unpublished edits.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const [nested, setNested] = useState<NestedProcess | null>(null);
  const [graph, setGraph] = useState<ProcessDefinition | null>(null);
  const [dirty, setDirty] = useState(false);
  const [initialisedFor, setInitialisedFor] = useState<string | null>(null);

  // Loads the definition into the editor once per process key; later answers of the same
  // query (a refetch, another screen invalidating it) would discard the user's edits.
  useEffect(() => {
    if (loaded.data === undefined || initialisedFor === key) return;
    setInitialisedFor(key);
    if (loaded.data === null) {
      setNested(blankProcess(key, newName ?? key, { fields: [] }));
      setDirty(true);
      return;
    }
    const asNested = fromGraph(loaded.data);
    setNested(asNested);
    setGraph(asNested ? null : loaded.data);
    setDirty(false);
  }, [loaded.data, key, newName, initialisedFor]);

  const setBlocks = useCallback((change: (blocks: Block[]) => Block[]) => {
    setNested((current) => (current ? { ...current, blocks: change(current.blocks) } : current));
    setDirty(true);
  }, []);

  const setProcess = useCallback((change: (process: NestedProcess) => NestedProcess) => {
    setNested((current) => (current ? change(current) : current));
    setDirty(true);
  }, []);

  const definition = useMemo(() => (nested ? toGraph(nested) : graph), [nested, graph]);

  return {
    loading: loaded.isLoading,
    error: loaded.error,
    isNew: loaded.data === null,
    nested,
    definition,
    dirty,
    setBlocks,
    setProcess,
    markPublished: () => setDirty(false),
  };
}

export type DesignerState = ReturnType<typeof useDesigner>;
